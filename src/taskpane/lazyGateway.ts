/**
 * The Word gateway loaded on its first call rather than with the pane: the code that talks to Word (and the
 * WordprocessingML writer behind it) is not needed to show the first screen, only to act on the document
 * (issue 13's first-screen budget). Every method waits for the module, then does exactly what it would have done.
 */
import type { WordGateway } from "../word";

export function lazyGateway(load: () => Promise<WordGateway>): WordGateway {
  let loaded: Promise<WordGateway> | null = null;
  return new Proxy({} as WordGateway, {
    get: (_, method: string) =>
      // Not a promise itself: `await gateway` must not try to call a "then" method.
      method === "then"
        ? undefined
        : (...args: unknown[]) =>
            (loaded ??= load()).then((gateway) =>
              (gateway[method as keyof WordGateway] as (...a: unknown[]) => unknown)(...args),
            ),
  });
}
