// jsdom lacks TextEncoder/structuredClone in some combinations; node's are the real ones.
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as unknown as Record<string, unknown>;
if (g.TextEncoder === undefined) g.TextEncoder = TextEncoder;
if (g.TextDecoder === undefined) g.TextDecoder = TextDecoder;
