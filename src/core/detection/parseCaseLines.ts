import type { MailItem, Mailbox } from "./types";

/**
 * Reads corpus JSON Lines (../shared/corpus/SCHEMA.md). Pure so the CLI scripts and tests share
 * it; the scripts do the file IO. `expect` is only read by the evaluator.
 */

export interface CaseExpectation {
  interview?: boolean;
  role?: string;
  company?: string | null;
  agency?: string | null;
  stage?: string | null;
  start?: string | null;
}

export interface CaseLine {
  id: string;
  mailbox: Mailbox;
  item: MailItem;
  expect?: CaseExpectation;
  /** The corpus's one-line reason for the label; used to name tests. */
  why?: string;
}

export interface ParsedCases {
  cases: CaseLine[];
  /** Malformed lines: 1-based line number and why. */
  errors: { line: number; message: string }[];
}

/** Parses JSON Lines of cases; a malformed line is reported with its number and skipped. */
export function parseCaseLines(text: string): ParsedCases {
  const cases: CaseLine[] = [];
  const errors: ParsedCases["errors"] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    try {
      const v: unknown = JSON.parse(line);
      if (!v || typeof v !== "object" || Array.isArray(v)) throw new Error("not a JSON object");
      const o = v as Record<string, unknown>;
      if (!o.item || typeof o.item !== "object") throw new Error("missing 'item' object");
      if (!o.mailbox || typeof o.mailbox !== "object") throw new Error("missing 'mailbox' object");
      cases.push({
        id: typeof o.id === "string" ? o.id : `line-${i + 1}`,
        mailbox: o.mailbox as Mailbox,
        item: o.item as MailItem,
        expect: o.expect && typeof o.expect === "object" ? (o.expect as CaseExpectation) : undefined,
        why: typeof o.why === "string" ? o.why : undefined,
      });
    } catch (e) {
      errors.push({ line: i + 1, message: e instanceof Error ? e.message : String(e) });
    }
  });
  return { cases, errors };
}
