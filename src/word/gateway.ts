/**
 * The seam between the add-in and Word. Everything above it (task pane, ribbon commands) talks to
 * this interface; `officeWordGateway` is the only code that calls Word.run, and the in-memory fake in
 * test/fakes stands in for Word in tests.
 */
import { TaggedBlock } from "../core/model";

export type InsertOutcome = { ok: true } | { ok: false; error: GatewayError };

export interface WordGateway {
  /** Inserts the block at the cursor (after any selected text, never over it), in its `kl:<name>` content control. */
  insertBlock(block: TaggedBlock): Promise<InsertOutcome>;
}

/** A failure a clerk can act on: what happened, in Vietnamese and English. */
export interface GatewayError {
  code: "not-in-word" | "api-unsupported" | "document-protected" | "busy" | "unknown";
  message: string;
  messageEn: string;
}
