import { readFileSync } from "node:fs";
import type { MailItem, Mailbox } from "../src/core/detection";

/** One corpus line (../shared/corpus/SCHEMA.md); `expect` is only read by eval. */
export interface CaseLine {
  id: string;
  mailbox: Mailbox;
  item: MailItem;
  expect?: {
    interview?: boolean;
    role?: string;
    company?: string | null;
    agency?: string | null;
    stage?: string | null;
    start?: string | null;
  };
}

export interface ReadResult {
  cases: CaseLine[];
  /** Malformed lines: 1-based line number and why. */
  errors: { line: number; message: string }[];
}

/** Reads JSON Lines of cases; malformed lines are reported, not fatal. */
export function readCases(path: string): ReadResult {
  const text = readFileSync(path, "utf8");
  const cases: CaseLine[] = [];
  const errors: ReadResult["errors"] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    try {
      const v: unknown = JSON.parse(line);
      if (!v || typeof v !== "object") throw new Error("not a JSON object");
      const o = v as Record<string, unknown>;
      if (!o.item || typeof o.item !== "object") throw new Error("missing 'item'");
      if (!o.mailbox || typeof o.mailbox !== "object") throw new Error("missing 'mailbox'");
      cases.push({ ...(o as unknown as CaseLine), id: typeof o.id === "string" ? o.id : `line-${i + 1}` });
    } catch (e) {
      errors.push({ line: i + 1, message: e instanceof Error ? e.message : String(e) });
    }
  });
  return { cases, errors };
}
