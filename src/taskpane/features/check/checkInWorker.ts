/**
 * The Decree 30 check off the UI thread (offThread/client.ts): reading and checking a 300-page document's OOXML is
 * one task of ~150 ms on a fast machine, several times that on an old office PC.
 */
import type { CheckReport } from "../../../core/check";
import type { WordSnapshot } from "../../../docx/wordSnapshot";
import { SpawnWorker, createOffThread, hasWorker } from "../../offThread/client";
import { checkJob } from "./checkJob";

export type CheckSpawner = SpawnWorker<WordSnapshot, CheckReport>;

/** The production spawner: null where this browser has no Worker. */
const spawnDefault: CheckSpawner = async () => {
  if (!hasWorker()) return null;
  const { spawnCheckWorker } = await import(/* webpackChunkName: "spawn-check-worker" */ "./spawnCheckWorker");
  return spawnCheckWorker() as unknown as Awaited<ReturnType<CheckSpawner>>;
};

export const createChecker = (spawn: CheckSpawner = spawnDefault) => createOffThread(checkJob, spawn);

/** The pane's checker: what `checkJob` answers, off the UI thread. */
export const checkInWorker = createChecker();
