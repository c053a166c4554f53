/** The reader's view of an xmlTree part behaves as the xmldom nodes it replaced did, for what the reader asks. */
import { W, child, children, wAttr } from "./xml";
import { parseXml, documentElement } from "./xmlTree";
import { viewOf } from "./xmlView";

const parse = (xml: string) => viewOf(documentElement(parseXml(xml, Number.POSITIVE_INFINITY)));

test("w: elements are found by namespace, whatever their prefix, and a default namespace counts too", () => {
  const prefixed = parse(`<w:document xmlns:w="${W}"><w:body><w:p/><x:p xmlns:x="urn:other"/></w:body></w:document>`);
  expect(children(child(prefixed, "body")!).map((n) => n.localName)).toEqual(["p"]);
  const renamed = parse(`<ns:document xmlns:ns="${W}"><ns:body><ns:p/></ns:body></ns:document>`);
  expect(children(child(renamed, "body")!, "p")).toHaveLength(1);
  const bare = parse(`<document xmlns="${W}"><body><p/></body></document>`);
  expect(children(child(bare, "body")!, "p")).toHaveLength(1);
});

test("attributes by namespace and by name, entities decoded; text of deep nesting without recursion", () => {
  const doc = parse(
    `<w:document xmlns:w="${W}"><w:body><w:pStyle w:val="A&amp;B"/><w:t>${"<w:x>".repeat(20_000)}Tôi &lt;3${"</w:x>".repeat(20_000)}</w:t></w:body></w:document>`,
  );
  const body = child(doc, "body")!;
  expect(wAttr(child(body, "pStyle"), "val")).toBe("A&B");
  expect(child(body, "pStyle")!.getAttribute!("w:val")).toBe("A&B");
  expect(child(body, "t")!.textContent).toBe("Tôi <3");
});
