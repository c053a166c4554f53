/**
 * Owner pass: who leads each task (chủ trì) and who helps (phối hợp), by the spec's order of strength: the task's own
 * field lines or table cells, then its own words (explicit assignment, subject, topic subject), then what the outline
 * hands down (heading, lead-in or item above), then a footer after its group. Owners stay as written.
 */
import { readCoOwners, readOwner, splitProseBodies } from "./bodies";
import { ClauseOwner, clauseOwner, leadOwner, stripOrdinal } from "./claims";
import { Inheritance } from "./context";
import { Evidence, evidence } from "./evidence";
import type { Field } from "./fields";
import { afterCondition } from "./lexicon";
import type { OutlineNode } from "./outline";

export interface Owned {
  owner: string | null;
  coOwners: string[];
  evidence: Evidence[];
}

const RX_CO_TAIL = /phối\s+hợp(?:\s+với)?\s+(.+)$/iu;

/** "X chủ trì, phối hợp với Y" in an owner field gives X and Y; two owners joined by ";" stay one string. */
function fromFields(fields: readonly Field[], code: "owner-field" | "owner-footer"): Owned | null {
  const owner = fields.find((f) => f.kind === "owner" && f.value);
  const co = fields.filter((f) => f.kind === "co" && f.value).flatMap((f) => splitProseBodies(f.value));
  if (!owner) return co.length ? { owner: null, coOwners: co, evidence: [] } : null;
  const r = readOwner(owner.value, 0);
  // "Cơ quan thực hiện: Sở X tiến hành rà soát …": a value that goes on into the work names its body first.
  const named = r && r.verb ? r : null;
  // A field's value often ends with the co-owners, no work after them for the reader to stop at.
  const tail = named && named.coOwners.length === 0 ? RX_CO_TAIL.exec(owner.value.slice(named.workStart)) : null;
  return {
    owner: named ? named.owner : owner.value,
    coOwners: [...(named?.coOwners ?? []), ...(tail ? splitProseBodies(tail[1]) : []), ...co],
    evidence: [evidence(code, `${owner.label}: ${owner.value}`)],
  };
}

const CLAUSE_CODES = { explicit: "owner-explicit", subject: "owner-subject", topic: "owner-topic" } as const;

/** The owner a clause names itself, unless under a body that requires, directs or guides (spec rule 4's note). */
function ownClaim(
  n: OutlineNode,
  clause: string,
  first: boolean,
  inh: Inheritance,
  handed: boolean,
): ClauseOwner | null {
  const core = stripOrdinal(clause.replace(/^(?:để|đồng thời),?\s+/u, ""));
  const duty = afterCondition(core);
  const found =
    (duty !== core ? clauseOwner(duty, handed, true) : null) ??
    (first ? inh.claimOf(n, handed) : clauseOwner(core, handed));
  if (!found) return null;
  // Under an agency or a lead-in, "Yêu cầu …", "Chỉ đạo …", "Hướng dẫn …" are the agency's own acts, after a topic
  // too ("- Về thi công: chỉ đạo Ban Quản lý dự án, các nhà thầu …").
  const act = core.replace(RX_TOPIC_LABEL, "");
  if (handed && RX_OWN_ACT.test(act) && (found.source !== "subject" || act !== core)) return null;
  return found;
}

/** What an agency does to others ("hỗ trợ các chủ đầu tư, các nhà thầu …"): those others are no owners. */
const RX_OWN_ACT =
  /^(?:(?:tiếp tục|chủ động|thường xuyên|kịp thời)\s+)?(?:yêu cầu|chỉ đạo|hướng dẫn|hỗ trợ|tạo điều kiện|đôn đốc)/iu;
const RX_TOPIC_LABEL = /^về\s[^:;.]{1,80}:\s*/iu;

/** A lead-in that is a task itself ("… trân trọng đề nghị Bộ Y chỉ đạo …, cụ thể như sau:"): the body it asks. */
function requested(clause: string): ClauseOwner | null {
  const asked = leadOwner(clause);
  return asked?.delegated ? { read: asked, source: "explicit" } : null;
}

/** The co-owners a clause names in its words ("phối hợp với …"), read from its head. */
function proseCoOwners(clause: string): string[] {
  return readCoOwners(clause.slice(0, 1500), 0, 400).names;
}

/** "Yêu cầu …", "Đề nghị …" at an item's start, past its number. */
const RX_REQUEST = /^(?:[(]?[0-9a-zđ]{1,3}[.)/]\s*)?(?:yêu\s+cầu|đề\s+nghị)\s/iu;

/** The owner and co-owners of one task (one clause of node n). */
export function ownerOf(n: OutlineNode, clause: string, first: boolean, inh: Inheritance): Owned {
  const own = fromFields(n.fields, "owner-field");
  if (own?.owner) return own;
  if (n.row?.owner)
    return { owner: n.row.owner, coOwners: n.row.coOwners, evidence: [evidence("owner-row", n.row.owner)] };
  const handed = inh.ownerFor(n);
  // Under a superior asked to direct, the items keep the owners they name ("1. Chỉ đạo Sở Y tế …" is Sở Y tế's); so does
  // an item that repeats the request of its lead-in to another body ("… yêu cầu các bộ, ngành:" / "a) Yêu cầu Nhà đầu tư
  // …"), while "1. Chỉ đạo các cấp …" under "… yêu cầu Chủ tịch UBND các tỉnh:" is the Chủ tịch's own act.
  const keepsOwn = handed !== null && (handed.verb === "chỉ đạo" || (handed.requested && RX_REQUEST.test(clause)));
  const found = ownClaim(n, clause, first, inh, handed !== null && !keepsOwn) ?? (n.leadIn ? requested(clause) : null);
  const co = own?.coOwners ?? n.row?.coOwners ?? [];
  if (found) {
    const coOwners = found.read.coOwners.length ? found.read.coOwners : co.length ? co : proseCoOwners(clause);
    return { owner: found.read.owner, coOwners, evidence: [evidence(CLAUSE_CODES[found.source], found.read.owner)] };
  }
  if (handed) {
    const code = handed.source === "heading" ? "owner-heading" : "owner-lead";
    return {
      owner: handed.owner,
      coOwners: co.length ? co : proseCoOwners(clause),
      evidence: [evidence(code, handed.from.line)],
    };
  }
  const footer = fromFields(n.footer, "owner-footer");
  if (footer) return { ...footer, coOwners: [...co, ...footer.coOwners] };
  return { owner: null, coOwners: co.length ? co : proseCoOwners(clause), evidence: [] };
}

/** The body a paragraph's later request names ("…. Sở kính mong các đồng chí lãnh đạo … góp ý …"), as it is written. */
export function ownerAsked(claim: ClauseOwner, clause: string): Owned {
  const r = claim.read;
  const coOwners = r.coOwners.length ? r.coOwners : proseCoOwners(clause);
  return { owner: r.owner, coOwners, evidence: [evidence(CLAUSE_CODES[claim.source], r.owner)] };
}
