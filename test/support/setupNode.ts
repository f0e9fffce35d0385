// jsdom lacks TextEncoder/structuredClone in some combinations; node's are the real ones.
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as unknown as Record<string, unknown>;
if (g.TextEncoder === undefined) g.TextEncoder = TextEncoder;
if (g.TextDecoder === undefined) g.TextDecoder = TextDecoder;

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar observes its own size for reflow.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as Record<string, unknown>).ResizeObserver = NoLayoutResizeObserver;
}
