/**
 * The check and its fixes over a whole package: read → check, and fix → re-read → check until nothing safe is
 * left to fix. The CLI uses it on .docx bytes; the pane runs the same `checkParts` on Word's OOXML.
 */
import { CheckReport, Finding, FixAction, checkLayout } from "../core/check";
import { FixError, applyFixActions } from "./fix";
import { LayoutSources, readLayout } from "./layout";
import { PackageParts, replaceParts, unzipXmlParts } from "./packageParts";

export interface CheckedPackage {
  report: CheckReport;
  parts: PackageParts;
  sources: LayoutSources;
}

export function checkParts(parts: PackageParts, names?: string[]): CheckedPackage {
  const { layout, sources } = readLayout(parts, { names });
  return { report: checkLayout(layout), parts, sources };
}

export function checkDocx(bytes: Uint8Array): CheckedPackage & { names: string[] } {
  const { parts, names } = unzipXmlParts(bytes);
  return { ...checkParts(parts, names), names };
}

const overlaps = (a: FixAction, b: FixAction): boolean =>
  a.kind === "text" &&
  b.kind === "text" &&
  a.target.index === b.target.index &&
  JSON.stringify(a.target.where) === JSON.stringify(b.target.where) &&
  a.start < b.end &&
  b.start < a.end;

/** Findings whose fixes can go in one pass: no two text edits on the same characters. */
function compatible(findings: Finding[]): Finding[] {
  const picked: Finding[] = [];
  const actions: FixAction[] = [];
  for (const f of findings) {
    const mine = f.fix?.actions ?? [];
    if (mine.some((a) => actions.some((b) => overlaps(a, b)))) continue;
    picked.push(f);
    actions.push(...mine);
  }
  return picked;
}

export interface FixOutcome {
  parts: PackageParts;
  /** Every part the fixes changed. */
  changed: PackageParts;
  applied: Finding[];
  /** Fixable findings that could not be applied, with why. */
  failed: Array<{ finding: Finding; reason: string }>;
  /** The check of the fixed document. */
  after: CheckReport;
}

/** Applies every safe fix, a pass at a time (a fix can move the characters another one names). */
export function fixParts(
  parts: PackageParts,
  names?: string[],
  select: (f: Finding) => boolean = () => true,
): FixOutcome {
  let current = checkParts(parts, names);
  const changed: PackageParts = new Map();
  const applied: Finding[] = [];
  const failed: FixOutcome["failed"] = [];
  const given = new Set<string>();
  for (let pass = 0; pass < 5; pass++) {
    const todo = current.report.findings.filter((f) => f.fix && select(f) && !given.has(key(f)));
    if (!todo.length || current.report.auditOnly) break;
    const batch = compatible(todo);
    // All at once first; only when that fails is each fix tried alone, to name the one that cannot apply.
    let good = batch;
    let edits: PackageParts;
    try {
      edits = applyFixActions(
        current.parts,
        current.sources,
        batch.flatMap((f) => f.fix?.actions ?? []),
      );
    } catch {
      good = batch.filter((f) => {
        try {
          applyFixActions(current.parts, current.sources, f.fix?.actions ?? []);
          return true;
        } catch (error) {
          failed.push({ finding: f, reason: error instanceof FixError ? error.message : String(error) });
          given.add(key(f));
          return false;
        }
      });
      if (!good.length) break;
      edits = applyFixActions(
        current.parts,
        current.sources,
        good.flatMap((f) => f.fix?.actions ?? []),
      );
    }
    const next = new Map(current.parts);
    for (const [name, xml] of edits) {
      next.set(name, xml);
      changed.set(name, xml);
    }
    applied.push(...good);
    good.forEach((f) => given.add(key(f)));
    current = checkParts(next, names);
  }
  return { parts: current.parts, changed, applied, failed, after: current.report };
}

const key = (f: Finding): string => `${f.rule}@${f.where.part}:${f.where.paragraph ?? ""}:${f.where.section ?? ""}`;

export function fixDocx(bytes: Uint8Array): FixOutcome & { bytes: Uint8Array } {
  const { parts, names } = unzipXmlParts(bytes);
  const outcome = fixParts(parts, names);
  return { ...outcome, bytes: outcome.changed.size ? replaceParts(bytes, outcome.changed) : bytes };
}
