/**
 * The pane's tests use FakeWordGateway; the gateway's own tests use the real gateway over the in-memory Word. Both
 * must keep the same contract, or a pane test could pass on behaviour Word does not have: the same script, run on
 * both, gives the same document.
 */
import { buildBlock } from "../../src/core/templates";
import { WordGateway, officeWordGateway } from "../../src/word";
import { FakeWordGateway } from "./fakeWordGateway";
import { installOfficeWord, uninstallOfficeWord } from "./officeWord";
import { TAY_NINH } from "./profiles";

const options = { kind: "bao-cao" as const, profile: TAY_NINH, date: { year: 2026, month: 6, day: 5 }, number: 2 };
const sentence = "Các phòng rà soát kế hoạch, chậm nhất ngày 13/11.";

async function script(gateway: WordGateway) {
  for (const name of ["header", "title", "signature"] as const) await gateway.insertBlock(buildBlock(name, options));
  return {
    found: (await gateway.selectText(sentence, 0)).ok,
    gone: (await gateway.selectText("Câu không có trong văn bản.")).ok,
  };
}

afterEach(uninstallOfficeWord);

test.each([
  ["a tab", sentence.replace("phòng ", "phòng\t")],
  ["a manual line break", sentence.replace("kế hoạch, ", "kế hoạch,\v")],
  ["decomposed Unicode", sentence.normalize("NFD")],
])("inserts in order and finds a sentence holding %s, on both", async (_, paragraph) => {
  const fake = FakeWordGateway.withText([paragraph]);
  const host = installOfficeWord();
  host.loadDocument({ paragraphs: [{ text: paragraph }, { text: "" }] });

  expect(await script(fake)).toEqual({ found: true, gone: false });
  expect(await script(officeWordGateway)).toEqual({ found: true, gone: false });
  expect(fake.inserted.map((b) => `kl:${b.name}`)).toEqual(host.blockOrder());
});

test("a failure after part of the work keeps that part, on both", async () => {
  const fake = new FakeWordGateway();
  fake.failNextWith({ code: "unknown", message: "x", messageEn: "x" }, { afterApplying: true });
  expect((await fake.insertBlocks([buildBlock("header", options), buildBlock("title", options)])).ok).toBe(false);
  expect(fake.inserted.map((b) => b.name)).toEqual(["header", "title"]);

  const host = installOfficeWord();
  host.wordApi = "1.5";
  host.desktopApi = "1.3";
  host.failures.set("header.insertOoxml", { code: "GeneralException", message: "x" });
  const { bodyDefaults, pageSetup } = await import("../../src/core/templates");
  const page = pageSetup(TAY_NINH);
  expect((await officeWordGateway.applyPageSetup(page, bodyDefaults(TAY_NINH))).ok).toBe(false);
  // No rollback in Word: the margin set before the header's insert failed stays, in points.
  expect(host.sections[0].pageSetup.topMargin).toBe(page.marginTopTwips / 20);
});
