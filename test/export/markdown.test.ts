/**
 * @jest-environment jsdom
 */
import { toHtmlTable, toMarkdown, type ExportRow } from "../../src/core/export";
import { COLUMN_KEYS } from "../../src/core/export";
import { SOURCE, by, labelRows, task } from "./fixtures";

describe("Markdown export", () => {
  test("a checklist line per labelled task, ticked when done, with owner and dd/mm/yyyy", () => {
    const { label, rows } = labelRows("thong-bao-ket-luan-ubnd");
    rows[1].done = true;
    const md = toMarkdown(rows, { today: "2026-06-20" });
    const items = md.split("\n").filter((l) => /^- \[[ x]\] /.test(l));
    expect(items).toHaveLength(label.length);
    expect(items[1]).toBe(`- [x] ${label[1].text} — Sở Công Thương — 31/12/2026`);
    expect(items[0]).toBe(`- [ ] ${label[0].text} — Sở Công Thương`);
  });

  test("a table with the header, a separator and one row per task; pipes and markup in the text are escaped", () => {
    const rows: ExportRow[] = [
      {
        task: task("a", "So sánh A | B <b>đậm</b>", { owner: "Sở Tài chính", deadline: by("2020-11-13") }),
        done: false,
        source: SOURCE,
      },
      { task: task("b", "Rà soát [link](http://x) *nhấn*", { owner: null }), done: true, source: SOURCE },
    ];
    const md = toMarkdown(rows, { today: "2020-11-20" });
    const table = md.split("\n").filter((l) => l.startsWith("|"));
    expect(table[0]).toBe(
      "| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn | Loại thời hạn | Tình trạng | Ngày hoàn thành | Ghi chú | Văn bản | Đoạn |",
    );
    expect(table).toHaveLength(4);
    // Unescaped pipes split cells: each row must have exactly the header's 11 separators.
    for (const line of table) expect(line.replace(/\\\|/g, "").split("|")).toHaveLength(COLUMN_KEYS.length + 2);
    expect(table[2]).toContain("So sánh A \\| B \\<b\\>đậm\\</b\\>");
    expect(table[2]).toContain("| 13/11/2020 | Trước ngày | Quá hạn |");
    expect(md).toContain("- [x] Rà soát \\[link\\](http://x) \\*nhấn\\* — Chưa xác định");
  });
});

describe("HTML table for the clipboard", () => {
  test("document text never becomes markup: every cell reads back as the exact text", () => {
    const evil = `<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" 'apos'`;
    const rows: ExportRow[] = [
      { task: task("a", evil, { owner: "<b>Sở</b> & Ban", deadline: by("2020-11-13") }), done: false, source: SOURCE },
      { task: task("b", "Kiểm tra.", { owner: "Sở Nội vụ" }), done: false, source: SOURCE },
    ];
    const html = toHtmlTable(rows, { today: "2020-11-20" });
    const doc = new DOMParser().parseFromString(html, "text/html");
    expect(doc.querySelectorAll("script, img, b")).toHaveLength(0);
    const trs = [...doc.querySelectorAll("tbody tr")];
    expect(trs).toHaveLength(2);
    const cells = trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
    expect(cells[0][1]).toBe(evil);
    expect(cells[0][2]).toBe("<b>Sở</b> & Ban");
    expect([...doc.querySelectorAll("thead th")].map((th) => th.textContent)[1]).toBe("Nội dung nhiệm vụ");
    // The overdue row is highlighted, the other is not.
    expect(trs[0].getAttribute("style")).toMatch(/background/);
    expect(trs[1].getAttribute("style")).toBeNull();
  });
});
