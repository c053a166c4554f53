/**
 * The messages between the pane and a worker that does one pure job (extraction, the Decree 30 check), and the
 * worker's side: answer each request with the job's result or its error. Kept apart from the worker entries so the
 * same answer is tested without a Worker.
 */
export interface JobRequest<I> {
  id: number;
  input: I;
}

export type JobReply<O> = { id: number; ok: true; result: O } | { id: number; ok: false; message: string };

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The worker's answer to one request: a job that throws is answered with its message, never a dead worker. */
export function answer<I, O>(job: (input: I) => O, request: JobRequest<I>): JobReply<O> {
  try {
    return { id: request.id, ok: true, result: job(request.input) };
  } catch (error) {
    return { id: request.id, ok: false, message: messageOf(error) };
  }
}

/** What a worker entry calls: every message it gets is a request for `job`. */
export function serve<I, O>(job: (input: I) => O): void {
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<JobRequest<I>>) => void) | null;
    postMessage(message: JobReply<O>): void;
  };
  scope.onmessage = (event) => scope.postMessage(answer(job, event.data));
}
