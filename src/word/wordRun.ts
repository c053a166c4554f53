/**
 * One Word batch per user action, with Office's failure turned into a message for the clerk. `attempt` keeps the
 * raw error for callers that react to a particular code (a retry, a fallback).
 */
import { Effect, toGatewayError } from "./errors";
import { GatewayResult, ok } from "./gateway";

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: unknown };

export async function attempt<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await Word.run(batch) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The outcome of an attempt as the gateway reports it. */
export const settle = <T>(result: Attempt<T>, effect: Effect): GatewayResult<T> =>
  result.ok ? ok(result.value) : { ok: false, error: toGatewayError(result.error, effect) };

export const run = async <T>(
  effect: Effect,
  batch: (context: Word.RequestContext) => Promise<T>,
): Promise<GatewayResult<T>> => settle(await attempt(batch), effect);

/** The Office error code of a failed attempt ("" when there is none). */
export const codeOf = (error: unknown): string => String((error as { code?: unknown } | null)?.code ?? "");

export const supports = (set: string, version: string): boolean =>
  Office.context.requirements.isSetSupported(set, version);
