/**
 * Documents of every shape the check meets: a header typed with tabs instead of a table, a signed document, a
 * document that is not an administrative one, a Party document, damaged input; and the CLI over them.
 */
import { strToU8, zipSync } from "fflate";
import { checkDocx, fixDocx, DocxError } from "../../src/docx";
import { runCheck } from "../../src/cli/check";
import { CliIo } from "../../src/cli/io";
import { clockAt } from "../fakes/clock";
import { HOSTILE } from "../fuzz/hostileDocs";
import { baseParts, editSection, zipParts } from "./fixture";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const run = (text: string, props = "") =>
  `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>${props}</w:rPr>${text
    .split("\t")
    .map((t) => `<w:t xml:space="preserve">${t}</w:t>`)
    .join("<w:tab/>")}</w:r>`;
const para = (text: string, props = "", pPr = "") =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${run(text, props)}</w:p>`;

/** A minimal package around a body. */
function docx(body: string, extra: Record<string, string> = {}, rootRels = ""): Uint8Array {
  const files: Record<string, string> = {
    "[Content_Types].xml":
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>${rootRels}</Relationships>`,
    "word/document.xml": `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`,
    ...extra,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

const SZ = (pt: number) => `<w:sz w:val="${pt * 2}"/>`;
const B = "<w:b/>";
const I = "<w:i/>";

/** A header typed as tab-separated lines, the way many offices still do it, with no table and no parent agency. */
const TABBED = docx(
  para(`THANH TRA TỈNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, B + SZ(14)) +
    para(
      `\tĐộc lập - Tự do - Hạnh phúc`,
      B + SZ(13),
      '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>',
    ) +
    para(`Số: 5/TB-TTr\tTây Ninh, ngày 5 tháng 02 năm 2026`, SZ(13)) +
    para("THÔNG BÁO", B + SZ(14), '<w:jc w:val="center"/>') +
    para(
      "Kết luận cuộc họp giao ban",
      B + SZ(14),
      '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr><w:jc w:val="center"/>',
    ) +
    para(
      "Nội dung kết luận của cuộc họp giao ban tháng sáu, các phòng nghiêm túc thực hiện các nhiệm vụ được giao./.",
      SZ(14),
      '<w:spacing w:before="120"/><w:ind w:firstLine="720"/><w:jc w:val="both"/>',
    ) +
    para("Nơi nhận:", B + I + SZ(12)) +
    para("- Các phòng;", SZ(11)) +
    para("- Lưu: VT.", SZ(11)),
);

describe("the header typed with tabs instead of a table", () => {
  const report = checkDocx(TABBED).report;
  const rules = report.findings.map((f) => f.rule);

  test("is placed: national title, motto, number and date are each checked", () => {
    expect(report.placed).toBe("administrative");
    expect(rules).toEqual(
      expect.arrayContaining(["header.number-leading-zero", "header.date-day-zero", "header.national-title-size"]),
    );
    expect(rules).not.toContain("header.motto-rule");
    expect(rules).not.toContain("header.number-missing");
  });

  test("text fixes inside one side of a tabbed line apply; run formatting of one side is not offered", () => {
    const size = report.findings.find((f) => f.rule === "header.national-title-size");
    expect(size?.fixable).toBe(false);
    const fixed = fixDocx(TABBED);
    expect(fixed.failed).toEqual([]);
    const after = fixed.after.findings.map((f) => f.rule);
    expect(after).not.toContain("header.number-leading-zero");
    expect(after).not.toContain("header.date-day-zero");
    expect(after).toContain("header.national-title-size");
  });
});

test("a signed document is audit-only: findings, and no fix offered or written", () => {
  const parts = baseParts();
  parts["word/document.xml"] = parts["word/document.xml"].replace("ngày 05", "ngày 5");
  parts["_xmlsignatures/sig1.xml"] = "<Signature/>";
  parts["_rels/.rels"] = parts["_rels/.rels"].replace(
    "</Relationships>",
    '<Relationship Id="rIdSig" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin" Target="_xmlsignatures/origin.sigs"/></Relationships>',
  );
  const bytes = zipParts(parts);
  const report = checkDocx(bytes).report;
  expect(report.auditOnly).toBe(true);
  expect(report.findings[0].rule).toBe("document.signed");
  expect(report.findings.map((f) => f.rule)).toContain("header.date-day-zero");
  expect(report.findings.some((f) => f.fixable)).toBe(false);
  expect(fixDocx(bytes).bytes).toBe(bytes);
});

test("a document the rules cannot place gets one clear message, not a hundred findings", () => {
  const letter = docx(
    para("Kính gửi anh Nam,", SZ(11)) + para("Cảm ơn anh đã gửi tài liệu. Hẹn gặp lại tuần sau.", SZ(11)).repeat(50),
  );
  const report = checkDocx(letter).report;
  expect(report.placed).toBe("unplaced");
  expect(report.findings).toHaveLength(1);
  expect(report.findings[0]).toMatchObject({ rule: "document.not-administrative", fixable: false });
  expect(report.findings[0].message).toMatch(/Không nhận ra văn bản hành chính/);
});

test("a Party document is named as such and not checked against Decree 30", () => {
  const party = docx(para("ĐẢNG BỘ TỈNH TÂY NINH\tĐẢNG CỘNG SẢN VIỆT NAM", B) + para("Số 12-KL/TU", SZ(14)));
  const report = checkDocx(party).report;
  expect(report.placed).toBe("party");
  expect(report.findings.map((f) => f.rule)).toEqual(["document.party"]);
});

test("damaged input throws a clear, bilingual DocxError, never a crash", () => {
  expect(() => checkDocx(strToU8("not a zip"))).toThrow(DocxError);
  expect(() => checkDocx(strToU8("not a zip"))).toThrow(/không phải tệp \.docx/);
  const broken = docx("<w:p><w:r><w:t>open</w:r></w:p>");
  expect(() => checkDocx(broken)).toThrow(/word\/document\.xml/);
  const noDocument = zipSync({ "a.txt": strToU8("x") });
  expect(() => checkDocx(noDocument)).toThrow(/thiếu word\/document\.xml/);
});

test.each([
  "2,000 nested tables",
  "10,000 nested w:sdt",
  "10,000 nested w:ins",
  "10,000 nested w:smartTag inside a paragraph",
])("%s: refused with a message saying so, never a stack overflow", (name) => {
  const bytes = HOSTILE[name][1]();
  expect(() => checkDocx(bytes)).toThrow(DocxError);
  expect(() => checkDocx(bytes)).toThrow(/lồng nhau hơn 256 tầng \(word\/document\.xml\)/);
  expect(() => fixDocx(bytes)).toThrow(DocxError);
});

test("ten tables nested in each other are still read (real documents stay far below the depth limit)", () => {
  const cell = (inner: string) => `<w:tbl><w:tr><w:tc>${inner}<w:p/></w:tc></w:tr></w:tbl>`;
  let body = para("Nội dung trong bảng");
  for (let i = 0; i < 10; i++) body = cell(body);
  expect(checkDocx(docx(body)).report.placed).toBe("unplaced");
});

test("a bloated checklist part (1 GB inflated) does not stop the check: it is never read", () => {
  const bytes = HOSTILE["zip bomb: the checklist part inflating to 1 GB"][1]();
  expect(checkDocx(bytes).report.placed).toBe("unplaced");
});

describe("cli check", () => {
  function fakeIo(files: Record<string, Uint8Array>) {
    const out: string[] = [];
    const err: string[] = [];
    const written: Record<string, Uint8Array | string> = {};
    const io: CliIo = {
      stdout: (s) => out.push(s),
      stderr: (s) => err.push(s),
      readText: () => "",
      readFile: (p) => {
        if (!(p in files))
          throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: "ENOENT" });
        return files[p];
      },
      writeFile: (p, d) => (written[p] = d),
      clock: clockAt("2026-06-20"),
    };
    return { io, out, err, written };
  }

  test("several files give one JSON report with the fields the issue names; exit 0 with findings", () => {
    const { io, out, err } = fakeIo({ "a.docx": TABBED, "b.docx": zipParts(baseParts()) });
    expect(runCheck(["a.docx", "b.docx", "--format", "json"], io)).toBe(0);
    expect(err).toEqual([]);
    const { findings } = JSON.parse(out.join(""));
    expect(findings.length).toBeGreaterThan(2);
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(["rule", "severity", "message", "messageEn", "where", "fixable"]),
      );
      expect(f.file).toBe("a.docx");
    }
    expect(findings.find((f: { rule: string }) => f.rule === "header.number-leading-zero")).toMatchObject({
      severity: "error",
      fixable: true,
      where: { block: "number", part: "body", paragraph: 2 },
    });
  });

  test("markdown groups by file and area", () => {
    const narrow = editSection(baseParts(), (s) => s.replace(/w:top="\d+"/, 'w:top="500"'));
    const { io, out } = fakeIo({ "a.docx": TABBED, "m.docx": zipParts(narrow) });
    expect(runCheck(["a.docx", "m.docx", "--format", "md"], io)).toBe(0);
    const md = out.join("");
    expect(md).toContain("## a.docx");
    expect(md).toContain("### Tiêu đề (Quốc hiệu, cơ quan, số, ngày)");
    expect(md).toContain("| Lỗi | header.number-leading-zero |");
    expect(md).toMatch(/\| đoạn 3: “Số: 5\/TB-TTr/);
    expect(md).toContain("## m.docx");
    expect(md).toMatch(/\| page\.margin-top \|[^|]+\| trang \| Đặt /);
    expect(md).not.toMatch(/\| page \|/);
  });

  test("unreadable input: exit 2 with the file and the problem, the readable ones still reported", () => {
    const { io, out, err } = fakeIo({ "a.docx": TABBED, "bad.docx": strToU8("plain text") });
    expect(runCheck(["bad.docx", "missing.docx", "a.docx"], io)).toBe(2);
    expect(err.join("")).toMatch(/bad\.docx: Đây không phải tệp \.docx/);
    expect(err.join("")).toMatch(/missing\.docx: không tìm thấy tệp \/ file not found\n/);
    expect(JSON.parse(out.join("")).findings.every((f: { file: string }) => f.file === "a.docx")).toBe(true);
  });

  test("--fix --out writes the fixed document and reports what is left", () => {
    const { io, out, err, written } = fakeIo({ "a.docx": TABBED });
    expect(runCheck(["a.docx", "--fix", "--out", "fixed.docx"], io)).toBe(0);
    expect(err.join("")).toMatch(/Đã sửa \d+ mục/);
    const left = JSON.parse(out.join("")).findings.map((f: { rule: string }) => f.rule);
    expect(left).not.toContain("header.number-leading-zero");
    const again = checkDocx(written["fixed.docx"] as Uint8Array).report.findings.map((f) => f.rule);
    expect(again).toEqual(left);
  });

  test("misuse is exit 2 with the usage", () => {
    const { io, err } = fakeIo({});
    expect(runCheck([], io)).toBe(2);
    expect(runCheck(["a.docx", "--fix"], io)).toBe(2);
    expect(runCheck(["a.docx", "--format", "xml"], io)).toBe(2);
    expect(err.join("")).toMatch(/Cách dùng/);
  });
});
