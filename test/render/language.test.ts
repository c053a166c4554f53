/**
 * Issue 17, point 9: every run carries a Vietnamese language tag, so Word (and LibreOffice) check spelling in
 * Vietnamese. LibreOffice reads the draft and writes it back as flat ODF: every text style it made must say vi-VN.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DRAFT_KINDS } from "../../src/core/templates";
import { cliNew, THANH_TRA_TAY_NINH } from "./draftCli";

/** The .docx as LibreOffice understood it, as flat ODF XML. */
function asFlatOdf(bytes: Uint8Array): string {
  const work = mkdtempSync(join(tmpdir(), "kl-lang-"));
  try {
    writeFileSync(join(work, "draft.docx"), bytes);
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(work, "profile")}`,
        "--headless",
        "--convert-to",
        "fodt",
        "--outdir",
        work,
        join(work, "draft.docx"),
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
    return readFileSync(join(work, "draft.fodt"), "utf8");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const profile = THANH_TRA_TAY_NINH;

test.each(DRAFT_KINDS.map((k) => k.id))("%s: every text style LibreOffice reads is Vietnamese", (kind) => {
  const result = cliNew(profile, ["--kind", kind]);
  const odf = asFlatOdf(result.bytes!);
  const textProps = [...odf.matchAll(/<style:text-properties\b[^>]*>/g)].map((m) => m[0]);
  const languages = new Set(
    textProps
      .filter((p) => /fo:language=/.test(p))
      .map((p) => `${/fo:language="([^"]*)"/.exec(p)![1]}-${/fo:country="([^"]*)"/.exec(p)?.[1] ?? ""}`),
  );
  expect([...languages]).toEqual(["vi-VN"]);
  // The default paragraph style too: text the clerk types after the blocks is checked in Vietnamese.
  const defaults = /<style:default-style style:family="paragraph">[\s\S]*?<\/style:default-style>/.exec(odf)![0];
  expect(defaults).toMatch(/fo:language="vi" fo:country="VN"/);
});
