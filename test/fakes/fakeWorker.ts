/**
 * A stand-in Worker for tests: it answers in a later task, as a real one does, through the worker's own `answer`,
 * and copies what crosses the thread boundary with structuredClone (so an uncopyable input fails as in a browser).
 */
import type { JobWorker } from "../../src/taskpane/offThread/client";
import { JobReply, JobRequest, answer } from "../../src/taskpane/offThread/protocol";

export class FakeWorker<I, O> implements JobWorker<I, O> {
  posted: JobRequest<I>[] = [];
  terminated = false;
  private listeners: { message: ((e: { data: JobReply<O> }) => void)[]; error: ((e: unknown) => void)[] } = {
    message: [],
    error: [],
  };
  constructor(private readonly reply: (request: JobRequest<I>) => JobReply<O> | "crash") {}

  static of<I, O>(job: (input: I) => O): FakeWorker<I, O> {
    return new FakeWorker((request: JobRequest<I>) => answer(job, request));
  }

  addEventListener(type: "message", listener: (event: { data: JobReply<O> }) => void): void;
  addEventListener(type: "error", listener: (event: unknown) => void): void;
  addEventListener(type: "message" | "error", listener: (event: never) => void): void {
    (this.listeners[type] as unknown[]).push(listener);
  }

  postMessage(request: JobRequest<I>) {
    this.posted.push(structuredClone(request));
    const reply = this.reply(request);
    setTimeout(() => {
      if (reply === "crash") this.listeners.error.forEach((l) => l(new Error("worker died")));
      else this.listeners.message.forEach((l) => l({ data: structuredClone(reply) }));
    }, 0);
  }

  terminate() {
    this.terminated = true;
  }
}
