/**
 * Firms as people note whom they meet, in their own holds and in short mail: "Marco Ruiz (VP
 * Eng, Quillfeather)", "Final w/ Woodgrove CFO", "Coho Winery – final conversation with the GM".
 */
import { REGIONAL_OFFICE } from "./orgWords";

const TITLE_AND_FIRM =
  /(?<![\p{L}])\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? \(([^(),\n]{2,40}), (\p{Lu}[\p{L}\p{N}&'’. -]{1,40}?)\)/gu;
const TITLE_WORD =
  /\b(?:vp|svp|evp|director|dir|head|manager|lead|eng|engineering|engineer|recruit\w*|talent|hr|people|cto|ceo|cfo|coo|cpo|founder|partner|gm|chief|president|officer|coordinator|acquisition|sourcer)\b/i;

// "Sara (HR Filati Comaschi)": a hiring function's word, then the firm, in brackets.
const FUNCTION_AND_FIRM =
  /(?<![\p{L}])\p{Lu}[\p{L}'’-]+ \((?:HR|RH|Recruiting|Recruitment|Talent(?: Acquisition)?|People(?: Team)?) (\p{Lu}[\p{L}\p{N}&'’. -]{1,40}?)\)/u;

/** The firm after a person's title in brackets ("(VP Eng, Quillfeather)"), unless it is a town. */
function bracketedEmployer(hay: string): string | null {
  // ("Dana Whitlock (Talent Partner)" is a title.)
  const named = FUNCTION_AND_FIRM.exec(hay)?.[1];
  if (named && !TITLE_WORD.test(named)) return named;
  for (const m of hay.matchAll(TITLE_AND_FIRM)) {
    const [, title = "", firm = ""] = m;
    if (TITLE_WORD.test(title) && !REGIONAL_OFFICE.test(`x ${firm}`)) return firm.trim();
  }
  return null;
}

const FIRM_EXECUTIVE =
  /\b(?:w\/|with|mit|avec|con|com|met) (\p{Lu}[\p{L}&-]+(?: \p{Lu}[\p{L}&-]+)?) (?:CFO|CEO|CTO|COO|CIO|CPO|CMO|CHRO|SVP|EVP|VP|GM|MD|President|Founder)\b/u;

const STEP_LINE =
  /^[ \t]*\p{Lu}[\p{L}&'’.]*(?: \p{Lu}[\p{L}&'’.]*){0,3} [–—-] (?:[\p{L}.'-]+ ){0,3}?(?:interview|round|screen|intervju|entretien|gespräch|entrevista|colloquio|gesprek|(?:final|first|intro|informal|second|hr|technical) (?:conversation|call|chat))\b/gmu;

/** The lines that open with a name, a dash and a hiring step ("Coho Winery – final conversation …"). */
export function stepLines(text: string): string[] {
  return [...text.slice(0, 1500).matchAll(STEP_LINE)].map((m) => m[0]);
}

/** The firm of a person noted with a title in brackets, or before an executive met, or null. */
export function noteFirm(hay: string): string | null {
  return (hay.includes(" (") ? bracketedEmployer(hay) : null) ?? FIRM_EXECUTIVE.exec(hay)?.[1] ?? null;
}
