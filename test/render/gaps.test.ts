/**
 * Issue 17, point 8: the gaps inside fixed sentences ("Ngày …, … họp") are guidance the clerk types over, grey
 * like the rest, never black "…" that prints when forgotten. Colours are read from the rendered page.
 */
import { DRAFT_KINDS } from "../../src/core/templates";
import { renderNew, THANH_TRA_TAY_NINH } from "./draftCli";
import { BLACK, coloursOf, isGrey, vectorPage } from "./vector";

const profile = THANH_TRA_TAY_NINH;

/** The first words of each scaffold's opening sentence. */
const OPENING: Record<string, string> = {
  "ket-luan-giao-ban": "Ngày",
  "thong-bao-ket-luan": "Ngày",
  "ket-luan-thanh-tra": "Thực hiện Quyết định",
  "bao-cao": "Thực hiện",
  "ke-hoach": "Căn cứ",
  "cong-van": "Kính gửi",
  "bien-ban": "Hôm nay",
};

describe.each(DRAFT_KINDS.map((k) => k.id))("%s", (kind) => {
  test("every gap and every '…' prints grey; the fixed words around them black", () => {
    const rendered = renderNew(profile, ["--kind", kind], `gaps-${kind}`);
    let gaps = 0;
    rendered.pages.forEach((page, i) => {
      const vector = vectorPage(rendered.pdfPath, i + 1);
      for (const line of page.lines)
        for (const word of line.words) {
          if (!/…|^\[|\]$/.test(word.text)) continue;
          gaps++;
          const colours = coloursOf(vector, word);
          // A word may carry fixed punctuation ("vị],", "[số]/QĐ-[ký"): grey must be there; a word that is all gap is all grey.
          const whole = /^(\[[^\]]*\]|…)$/.test(word.text);
          const ok = colours.some(isGrey) && (!whole || colours.every(isGrey));
          expect({ word: word.text, ok }).toEqual({ word: word.text, ok: true });
        }
    });
    expect(gaps).toBeGreaterThan(0);
    // The fixed words are still black.
    const first = rendered.pages[0].lines.find((l) => l.text.startsWith(OPENING[kind]));
    expect(first).toBeDefined();
    expect(coloursOf(vectorPage(rendered.pdfPath, 1), first!.words[0])).toEqual([BLACK]);
  });
});
