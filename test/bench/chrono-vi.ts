/**
 * Measures chrono-node's Vietnamese locale on every deadline `raw` in the corpus labels: how many it resolves to the
 * labelled date (reference date = the document's issue date). Decides whether chrono is worth shipping.
 * Run: npx tsx test/bench/chrono-vi.ts
 */
import * as fs from "node:fs";
import * as path from "node:path";

// chrono-node was measured (2/22) and removed from package.json; install it ad hoc to re-run this measurement.
let chrono: { vi?: { parseDate(text: string, ref: Date): Date | null } } = {};
try {
  chrono = require("chrono-node");
} catch {
  console.log("chrono-node is not installed: npm install --no-save chrono-node, then re-run");
  process.exit(0);
}

function labels(dir: string): { issued: string | null; raw: string; date: string }[] {
  const out: { issued: string | null; raw: string; date: string }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".json")) {
        const l = JSON.parse(fs.readFileSync(p, "utf8"));
        for (const t of l.tasks ?? [])
          if (t.deadline?.raw && t.deadline.date)
            out.push({ issued: l.issuedDate, raw: t.deadline.raw, date: t.deadline.date });
      }
    }
  };
  walk(dir);
  return out;
}

const dir = process.env.CORPUS_DIR ?? path.resolve(__dirname, "../../../shared/corpus");
const rows = labels(dir);
if (!chrono.vi) {
  console.log("chrono-node has no Vietnamese locale (chrono.vi is undefined): 0 resolved");
} else {
  let ok = 0;
  for (const r of rows) {
    const ref = new Date(`${r.issued ?? "2026-01-01"}T12:00:00Z`);
    const d: Date | null = chrono.vi.parseDate(r.raw, ref);
    const iso = d
      ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`
      : null;
    if (iso === r.date) ok++;
    console.log(`${iso === r.date ? "ok  " : "MISS"} ${r.raw} → ${iso ?? "nothing"} (label ${r.date})`);
  }
  console.log(`\nchrono-node vi: ${ok}/${rows.length} deadline phrases resolved to the labelled date`);
}
