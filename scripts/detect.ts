/**
 * `npm run --silent detect -- FILE`: FILE is JSON Lines of cases (SCHEMA.md) or one .ics file.
 * Prints one JSON object per case or VEVENT. Malformed lines go to stderr with their line
 * number; the exit code is 1 when any line was skipped, 2 when the file cannot be read.
 */
import { readFileSync } from "node:fs";
import { detect, detectIcs, parseCaseLines } from "../src/core/detection";
import type { Detection, Mailbox } from "../src/core/detection";

function line(id: string, d: Detection): string {
  return JSON.stringify({
    id,
    interview: d.interview,
    confidence: d.confidence,
    role: d.role,
    company: d.company,
    agency: d.agency,
    stage: d.stage,
    start: d.start,
    end: d.end,
    joinUrl: d.joinUrl,
    signals: d.signals,
  });
}

function main(): number {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) {
    process.stderr.write(
      "usage: npm run --silent detect -- FILE.jsonl|FILE.ics [--owner-name N --owner-address A --owner-zone Z]\n",
    );
    return 2;
  }
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  let head: string;
  try {
    head = readFileSync(file, "utf8");
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  if (/\.ics$/i.test(file) || /^\s*BEGIN:VCALENDAR/i.test(head)) {
    const owner: Mailbox = {
      name: opt("owner-name") ?? "",
      address: opt("owner-address") ?? "",
      timeZone: opt("owner-zone") ?? "UTC",
    };
    const found = detectIcs(head, owner);
    if (found.length === 0) {
      process.stderr.write(`${file}: no VEVENT could be read\n`);
      return 1;
    }
    found.forEach((d, i) => process.stdout.write(line(`${file}#${i + 1}`, d) + "\n"));
    return 0;
  }
  const { cases, errors } = parseCaseLines(head);
  for (const c of cases) process.stdout.write(line(c.id, detect(c.item, c.mailbox)) + "\n");
  for (const e of errors) process.stderr.write(`${file}:${e.line}: skipped malformed line: ${e.message}\n`);
  return errors.length > 0 ? 1 : 0;
}

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = main();
