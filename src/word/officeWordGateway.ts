/**
 * The Office.js implementation of WordGateway: the only module that calls Word.run.
 * Each user action is one Word.run with one context.sync().
 */
import { TaggedBlock } from "../core/model";
import { insertablePackage } from "../ooxml";
import { toGatewayError } from "./errors";
import { InsertOutcome, WordGateway } from "./gateway";

export const officeWordGateway: WordGateway = {
  async insertBlock(block: TaggedBlock): Promise<InsertOutcome> {
    const ooxml = insertablePackage(block);
    try {
      await Word.run(async (context) => {
        // "After" keeps any text the clerk has selected; with a bare cursor it inserts at the cursor.
        context.document.getSelection().insertOoxml(ooxml, "After");
        await context.sync();
      });
      return { ok: true };
    } catch (error) {
      return { ok: false, error: toGatewayError(error) };
    }
  },
};
