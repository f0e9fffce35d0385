/**
 * `npm run --silent eval -- FILE [--verbose]`: scores the detector on a labelled corpus as
 * ../shared/corpus/SCHEMA.md describes, next to the "subject or body contains interview"
 * baseline. Malformed lines are reported on stderr and skipped (exit code 1).
 */
import { readFileSync } from "node:fs";
import { baselineVerdict, detect, parseCaseLines, scoreCases } from "../src/core/detection";
import type { ParsedCases, Ratio } from "../src/core/detection";

const f = (x: number): string => x.toFixed(3);
const ratio = (a: Ratio): string => `${f(a.n ? a.ok / a.n : 1)} (${a.ok}/${a.n})`;

function main(): number {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const file = args.find((a) => !a.startsWith("--"));
  const verbose = args.includes("--verbose");
  if (!file) {
    process.stderr.write("usage: npm run --silent eval -- FILE.jsonl [--verbose]\n");
    return 2;
  }
  let read: ParsedCases;
  try {
    read = parseCaseLines(readFileSync(file, "utf8"));
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  for (const e of read.errors)
    process.stderr.write(`${file}:${e.line}: skipped malformed line: ${e.message}\n`);
  const s = scoreCases(read.cases, (c) => detect(c.item, c.mailbox));
  const b = scoreCases(read.cases, baselineVerdict);
  const out = [
    `file: ${file}  cases: ${s.cases}  skipped: ${read.errors.length}`,
    `interview  precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    `interviewer-side items called interviews: ${s.interviewerSideFalsePositives}`,
    `role accuracy     ${ratio(s.role)}`,
    `company accuracy  ${ratio(s.company)}`,
    `agency accuracy   ${ratio(s.agency)}`,
    `stage accuracy    ${ratio(s.stage)}`,
    `start accuracy    ${ratio(s.start)}`,
    `baseline ("subject or body contains interview"): precision ${f(b.precision)}  recall ${f(b.recall)}  F1 ${f(b.f1)}  interviewer-side items called interviews ${b.interviewerSideFalsePositives}`,
  ];
  process.stdout.write(out.join("\n") + "\n");
  if (verbose && s.misses.length) process.stdout.write(s.misses.join("\n") + "\n");
  return read.errors.length > 0 ? 1 : 0;
}

process.exitCode = main();
