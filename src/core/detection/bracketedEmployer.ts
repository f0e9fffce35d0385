/**
 * Firms as people note whom they meet, in brackets after a name: "Marco Ruiz (VP Eng, Quillfeather)",
 * "Sara (HR Filati Comaschi)".
 */
import { REGIONAL_OFFICE } from "./orgWords";

const TITLE_AND_FIRM =
  /(?<![\p{L}])\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? \(([^(),\n]{2,40}), (\p{Lu}[\p{L}\p{N}&'’. -]{1,40}?)\)/gu;
const TITLE_WORD =
  /\b(?:vp|svp|evp|director|dir|head|manager|lead|eng|engineering|engineer|recruit\w*|talent|hr|people|cto|ceo|cfo|coo|cpo|founder|partner|gm|chief|president|officer|coordinator|acquisition|sourcer)\b/i;

// "Sara (HR Filati Comaschi)": a hiring function's word, then the firm, in brackets.
const FUNCTION_AND_FIRM =
  /(?<![\p{L}])\p{Lu}[\p{L}'’-]+ \((?:HR|RH|Recruiting|Recruitment|Talent(?: Acquisition)?|People(?: Team)?) (\p{Lu}[\p{L}\p{N}&'’. -]{1,40}?)\)/u;

/**
 * The firm a person is noted with in brackets: after a title ("(VP Eng, Quillfeather)", unless it
 * is a town) or a hiring function's word ("(HR Filati Comaschi)").
 */
export function bracketedEmployer(hay: string): string | null {
  // ("Dana Whitlock (Talent Partner)" is a title.)
  const named = FUNCTION_AND_FIRM.exec(hay)?.[1];
  if (named && !TITLE_WORD.test(named)) return named;
  for (const m of hay.matchAll(TITLE_AND_FIRM)) {
    const [, title = "", firm = ""] = m;
    if (TITLE_WORD.test(title) && !REGIONAL_OFFICE.test(`x ${firm}`)) return firm.trim();
  }
  return null;
}
