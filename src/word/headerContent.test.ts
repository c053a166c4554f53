import { headerHasContent } from "./headerContent";

const pkg = (body: string) =>
  `<pkg:package><pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document><w:body>${body}<w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;

describe("headerHasContent", () => {
  it("an empty header, or one with empty paragraphs and spaces only, has none", () => {
    expect(headerHasContent(pkg("<w:p/>"))).toBe(false);
    expect(
      headerHasContent(
        pkg('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">  </w:t></w:r></w:p>'),
      ),
    ).toBe(false);
  });

  it.each([
    ["text", "<w:p><w:r><w:t>Mật</w:t></w:r></w:p>"],
    ["a picture", '<w:p><w:r><w:drawing><wp:inline distT="0"/></w:drawing></w:r></w:p>'],
    ["a watermark (VML shape)", '<w:p><w:r><w:pict><v:shape id="PowerPlusWaterMarkObject"/></w:pict></w:r></w:p>'],
    ["a shape in AlternateContent", "<w:p><w:r><mc:AlternateContent><mc:Choice/></mc:AlternateContent></w:r></w:p>"],
    ["a field", '<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'],
    [
      "a complex field",
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r></w:p>',
    ],
    ["a table", "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/>"],
  ])("a header holding %s has content", (_, body) => {
    expect(headerHasContent(pkg(body))).toBe(true);
  });
});
