/**
 * `npm run --silent eval -- FILE [--verbose]`: scores the detector on a labelled corpus as
 * ../shared/corpus/SCHEMA.md describes, next to the "subject or body contains interview" baseline.
 */
import { readFileSync } from "node:fs";
import { detect, parseCaseLines } from "../src/core/detection";
import type { CaseLine, Detection } from "../src/core/detection";

const LEGAL =
  /[\s,]+(?:inc|llc|ltd|limited|corp|corporation|co|plc|gmbh|ag|sa|sl|sas|sarl|bv|nv|spa|srl|s\.r\.o|a\.s|pty ltd)\.?$/i;

/** Trim, case-fold and drop a trailing legal form, as the scoring rules say. */
export function normalizeName(v: string | null | undefined): string {
  if (!v) return "";
  let s = v.trim().toLocaleLowerCase();
  for (let i = 0; i < 2; i++) s = s.replace(LEGAL, "").trim();
  return s;
}

function sameMinute(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = Date.parse(a);
  const y = Date.parse(b);
  return Number.isFinite(x) && Number.isFinite(y) && Math.floor(x / 60_000) === Math.floor(y / 60_000);
}

function baseline(c: CaseLine): boolean {
  const t = `${c.item.subject ?? ""} ${c.item.body?.content ?? ""}`.toLowerCase();
  return t.includes("interview");
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  interviewerFp: number;
}

function prf(s: Score): { p: number; r: number; f1: number } {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const f = (x: number): string => x.toFixed(3);

function main(): number {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const file = args.find((a) => !a.startsWith("--"));
  const verbose = args.includes("--verbose");
  if (!file) {
    process.stderr.write("usage: npm run --silent eval -- FILE.jsonl [--verbose]\n");
    return 2;
  }
  let read;
  try {
    read = parseCaseLines(readFileSync(file, "utf8"));
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const { cases, errors } = read;
  for (const e of errors) process.stderr.write(`${file}:${e.line}: skipped malformed line: ${e.message}\n`);
  const ours: Score = { tp: 0, fp: 0, fn: 0, interviewerFp: 0 };
  const base: Score = { tp: 0, fp: 0, fn: 0, interviewerFp: 0 };
  const tally = (): { ok: number; n: number } => ({ ok: 0, n: 0 });
  const acc = { role: tally(), company: tally(), agency: tally(), stage: tally(), start: tally() };
  const misses: string[] = [];
  for (const c of cases) {
    const e = c.expect ?? {};
    const d: Detection = detect(c.item, c.mailbox);
    const want = e.interview === true;
    const bump = (s: Score, got: boolean): void => {
      if (got && want) s.tp++;
      else if (got && !want) {
        s.fp++;
        if (e.role === "interviewer") s.interviewerFp++;
      } else if (!got && want) s.fn++;
    };
    bump(ours, d.interview);
    bump(base, baseline(c));
    const wrong: string[] = [];
    if (d.interview !== want) wrong.push(`interview ${d.interview}≠${want}`);
    acc.role.n++;
    if (d.role === e.role) acc.role.ok++;
    else wrong.push(`role ${d.role}≠${e.role}`);
    if (want) {
      for (const k of ["company", "agency"] as const) {
        acc[k].n++;
        if (normalizeName(d[k]) === normalizeName(e[k])) acc[k].ok++;
        else wrong.push(`${k} ${JSON.stringify(d[k])}≠${JSON.stringify(e[k])}`);
      }
      acc.stage.n++;
      if (d.stage === e.stage) acc.stage.ok++;
      else wrong.push(`stage ${d.stage}≠${e.stage}`);
    }
    if (e.start) {
      acc.start.n++;
      if (sameMinute(d.start, e.start)) acc.start.ok++;
      else wrong.push(`start ${d.start}≠${e.start}`);
    }
    if (wrong.length) misses.push(`${c.id}: ${wrong.join("; ")}  [${d.signals.join(" | ")}]`);
  }
  const o = prf(ours);
  const b = prf(base);
  const ratio = (a: { ok: number; n: number }): string => `${f(a.n ? a.ok / a.n : 1)} (${a.ok}/${a.n})`;
  const out = [
    `file: ${file}  cases: ${cases.length}  skipped: ${errors.length}`,
    `interview  precision ${f(o.p)}  recall ${f(o.r)}  F1 ${f(o.f1)}  (tp ${ours.tp}, fp ${ours.fp}, fn ${ours.fn})`,
    `interviewer-side items called interviews: ${ours.interviewerFp}`,
    `role accuracy     ${ratio(acc.role)}`,
    `company accuracy  ${ratio(acc.company)}`,
    `agency accuracy   ${ratio(acc.agency)}`,
    `stage accuracy    ${ratio(acc.stage)}`,
    `start accuracy    ${ratio(acc.start)}`,
    `baseline ("subject or body contains interview"): precision ${f(b.p)}  recall ${f(b.r)}  F1 ${f(b.f1)}  interviewer-side FPs ${base.interviewerFp}`,
  ];
  process.stdout.write(out.join("\n") + "\n");
  if (verbose) process.stdout.write(misses.join("\n") + "\n");
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = main();
