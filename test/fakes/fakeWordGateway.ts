/**
 * An in-memory Word for everything above the gateway: it records the blocks inserted, in order,
 * and can be told to fail the way Word does.
 */
import { TaggedBlock } from "../../src/core/model";
import { GatewayError, InsertOutcome, WordGateway } from "../../src/word";

export class FakeWordGateway implements WordGateway {
  readonly inserted: TaggedBlock[] = [];
  private failure: GatewayError | null = null;

  failNextWith(error: GatewayError): void {
    this.failure = error;
  }

  async insertBlock(block: TaggedBlock): Promise<InsertOutcome> {
    if (this.failure) {
      const error = this.failure;
      this.failure = null;
      return { ok: false, error };
    }
    this.inserted.push(block);
    return { ok: true };
  }
}
