/**
 * Issue 17, point 3 (refit): the rule under the trích yếu was sized from the grey guidance and stayed that length
 * after the clerk typed the real subject over it (0.22 of the line). "Cập nhật số, ngày và đường kẻ" reads what
 * the clerk typed in the blocks and rebuilds them: the rule fits the subject as it now reads. Rendered both ways.
 */
import { Block, DocumentModel, TaggedBlock, plainParagraphs, text } from "../../src/core/model";
import { EMPTY_PROFILE } from "../../src/core/profile";
import {
  DraftOptions,
  bodyDefaults,
  buildBlock,
  pageSetup,
  refitOptions,
  typedLetterSubject,
  typedSubject,
} from "../../src/core/templates";
import { writeDocx } from "../../src/ooxml";
import { RenderedPage, renderDocx } from "../support/render";
import { lengthOf, ruleUnder, vectorPage } from "./vector";

const profile = {
  ...EMPTY_PROFILE,
  parentAgency: "UBND TỈNH TÂY NINH",
  issuingAgency: "THANH TRA TỈNH",
  issuerAbbreviation: "TTr",
  unitAbbreviation: "NV",
  place: "Tây Ninh",
};
const TYPED = "Về việc thanh tra công tác quản lý, sử dụng đất đai tại Ủy ban nhân dân xã Yên Bình";

/** What Word does when the clerk types over a guidance control: the typed text takes the control's style. */
function typeOver(block: TaggedBlock, typed: string): TaggedBlock {
  const blocks: Block[] = block.blocks.map((b) =>
    b.kind === "placeholder" ? { ...b.paragraphs[0], runs: [text(typed, b.typedStyle)] } : b,
  );
  return { ...block, blocks };
}

/** The block's text as Word's ContentControl.text reports it. */
const wordText = (block: TaggedBlock): string => plainParagraphs(block.blocks).join("\r");

function render(blocks: TaggedBlock[], name: string): { page: RenderedPage; pdf: string } {
  const model: DocumentModel = { page: pageSetup(profile), defaults: bodyDefaults(profile), body: blocks };
  const rendered = renderDocx(writeDocx(model), name);
  return { page: rendered.pages[0], pdf: rendered.pdfPath };
}

function subjectRuleRatio(page: RenderedPage, pdf: string): number {
  const lines = page.lines.filter((l) => TYPED.includes(l.text) && l.text.length > 3);
  const widest = Math.max(...lines.map((l) => l.xMax - l.xMin));
  return lengthOf(ruleUnder(vectorPage(pdf), lines[lines.length - 1])) / widest;
}

describe("the trích yếu typed over its guidance", () => {
  const options: DraftOptions = {
    kind: "ket-luan-thanh-tra",
    profile,
    date: { year: 2026, month: 6, day: 5 },
    number: 4,
  };
  const inserted = buildBlock("title", options);
  const typed = typeOver(inserted, TYPED);

  test("before the update the rule keeps the guidance's length: far from ⅓–½ of the subject", () => {
    const { page, pdf } = render([buildBlock("header", options), typed], "refit-before");
    const ratio = subjectRuleRatio(page, pdf);
    expect(ratio < 1 / 3 || ratio > 1 / 2).toBe(true);
  });

  test("after the update the subject is read back and the rule is ⅓–½ of it as it wraps", () => {
    expect(typedSubject(wordText(typed), "ket-luan-thanh-tra")).toBe(TYPED);
    const refitted = refitOptions(options, { header: wordText(buildBlock("header", options)), title: wordText(typed) });
    const { page, pdf } = render([buildBlock("header", refitted), buildBlock("title", refitted)], "refit-after");
    const ratio = subjectRuleRatio(page, pdf);
    expect(ratio).toBeGreaterThanOrEqual(1 / 3);
    expect(ratio).toBeLessThanOrEqual(1 / 2);
    // The clerk's words are kept as they typed them.
    expect(
      page.lines
        .filter((l) => TYPED.includes(l.text))
        .map((l) => l.text)
        .join(" "),
    ).toBe(TYPED);
  });

  test("untouched guidance is not taken for a subject; the form's subject stays", () => {
    expect(typedSubject(wordText(inserted), "ket-luan-thanh-tra")).toBeNull();
    expect(refitOptions({ ...options, subject: "Về việc A" }, { title: wordText(inserted) }).subject).toBe("Về việc A");
  });
});

test("a công văn's 'V/v …' typed in the header is kept when the number is updated", () => {
  const options: DraftOptions = { kind: "cong-van", profile, date: { year: 2026, month: 6 }, number: null };
  const header = buildBlock("header", options);
  expect(typedLetterSubject(wordText(header))).toBeNull(); // still the grey gap
  const typedHeader = wordText(header).replace("V/v [trích yếu]", "V/v đôn đốc thực hiện kết luận thanh tra");
  const refitted = refitOptions({ ...options, number: 12 }, { header: typedHeader });
  const { page } = render([buildBlock("header", refitted)], "refit-cong-van");
  // 12 pt in the left column: it may wrap, the words are the clerk's.
  expect(page.lines.map((l) => l.text).join(" ")).toContain("V/v đôn đốc thực hiện kết luận thanh tra");
  expect(page.lines.some((l) => l.text === "Số: 12/TTr-NV")).toBe(true);
});
