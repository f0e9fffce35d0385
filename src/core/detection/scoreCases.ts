import type { CaseLine } from "./parseCaseLines";
import type { Detection } from "./types";

/**
 * Scores detections against a labelled corpus exactly as ../shared/corpus/SCHEMA.md says:
 * precision/recall/F1 of interview == true; role accuracy over all cases; company, agency and
 * stage over cases whose expected interview is true; start (same minute) where expected.
 */

// SCHEMA.md's legal forms. An abbreviation is the same form written with dots ("S.A.", "B.V.",
// "S.p.A.", "L.L.C."): the letters may each be followed by one.
const WORD_FORMS = ["inc", "ltd", "limited", "corp", "corporation", "co", "gmbh", "pty\\.? ltd"];
const LETTER_FORMS = ["llc", "plc", "ag", "sa", "sl", "sas", "sarl", "bv", "nv", "spa", "srl", "sro"];
const LEGAL = new RegExp(
  String.raw`[\s,]+(?:${[
    ...WORD_FORMS,
    ...LETTER_FORMS.map((f) => [...f].join(String.raw`\.?`)),
    String.raw`a\.s`,
  ].join("|")})\.?$`,
  "i",
);

/** Trim, case-fold and drop a trailing legal form. */
export function normalizeName(v: string | null | undefined): string {
  if (!v) return "";
  let s = v.trim().toLocaleLowerCase();
  for (let i = 0; i < 2; i++) s = s.replace(LEGAL, "").trim();
  return s;
}

function sameMinute(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = Date.parse(a);
  const y = Date.parse(b);
  return Number.isFinite(x) && Number.isFinite(y) && Math.floor(x / 60_000) === Math.floor(y / 60_000);
}

export interface Ratio {
  ok: number;
  n: number;
}

export interface Scores {
  cases: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Items where the owner is on the hiring side but the verdict said interview. */
  interviewerSideFalsePositives: number;
  role: Ratio;
  company: Ratio;
  agency: Ratio;
  stage: Ratio;
  start: Ratio;
  /** One line per case with any wrong field, for reading the misses. */
  misses: string[];
}

/** Scores `verdict(case)` (a Detection, or just whether it is an interview) over the cases. */
export function scoreCases(cases: CaseLine[], verdict: (c: CaseLine) => Detection): Scores {
  const s: Scores = {
    cases: cases.length,
    tp: 0,
    fp: 0,
    fn: 0,
    precision: 1,
    recall: 1,
    f1: 1,
    interviewerSideFalsePositives: 0,
    role: { ok: 0, n: 0 },
    company: { ok: 0, n: 0 },
    agency: { ok: 0, n: 0 },
    stage: { ok: 0, n: 0 },
    start: { ok: 0, n: 0 },
    misses: [],
  };
  for (const c of cases) {
    const e = c.expect ?? {};
    const d = verdict(c);
    const want = e.interview === true;
    const wrong: string[] = [];
    if (d.interview && want) s.tp++;
    else if (d.interview && !want) {
      s.fp++;
      if (e.role === "interviewer") s.interviewerSideFalsePositives++;
    } else if (!d.interview && want) s.fn++;
    if (d.interview !== want) wrong.push(`interview ${d.interview}≠${want}`);
    s.role.n++;
    if (d.role === e.role) s.role.ok++;
    else wrong.push(`role ${d.role}≠${e.role}`);
    if (want) {
      for (const k of ["company", "agency"] as const) {
        s[k].n++;
        if (normalizeName(d[k]) === normalizeName(e[k])) s[k].ok++;
        else wrong.push(`${k} ${JSON.stringify(d[k])}≠${JSON.stringify(e[k] ?? null)}`);
      }
      s.stage.n++;
      if (d.stage === e.stage) s.stage.ok++;
      else wrong.push(`stage ${d.stage}≠${e.stage}`);
    }
    if (e.start) {
      s.start.n++;
      if (sameMinute(d.start, e.start)) s.start.ok++;
      else wrong.push(`start ${d.start}≠${e.start}`);
    }
    if (wrong.length) s.misses.push(`${c.id}: ${wrong.join("; ")}  [${d.signals.join(" | ")}]`);
  }
  s.precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  s.recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  s.f1 = s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
  return s;
}

/** The issue's baseline: "subject or body contains interview". */
export function baselineVerdict(c: CaseLine): Detection {
  const t = `${c.item.subject ?? ""} ${c.item.body?.content ?? ""}`.toLowerCase();
  return {
    interview: t.includes("interview"),
    confidence: 0.5,
    role: "none",
    company: null,
    agency: null,
    stage: null,
    start: null,
    end: null,
    joinUrl: null,
    signals: [],
  };
}
