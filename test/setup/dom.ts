/**
 * jsdom lacks ResizeObserver, which Fluent UI's MessageBar uses to reflow; a no-op one is enough
 * because jsdom does no layout anyway. Runs for every test file; does nothing outside jsdom.
 */
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoLayoutResizeObserver;
}
