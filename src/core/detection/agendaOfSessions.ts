/**
 * "10:00 – Portfolio walkthrough with Ines / 10:45 – Cross-functional interview with Raj / …": an
 * agenda of sessions with different people is a loop (SCHEMA: "a loop or panel with several
 * interviewers"), whatever each session is called. Read on folded text: three lines or more that
 * open with a clock (or a range), two of them naming someone met.
 */
const CLOCK = String.raw`\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?`;
const AGENDA_LINE = new RegExp(
  String.raw`^[ \t]*(?:[-•*·▪][ \t]*)?${CLOCK}(?:\s*[-–—]\s*${CLOCK})?[ \t]*[-–—:|]?[ \t]*(\p{L}[^\n]*)$`,
  "gmu",
);
const WITH_SOMEONE =
  /\b(?:with|w\/|avec|mit|con|com|met|durch|par|by)\s+\S|\b(?:interview|entretien|entrevista|colloquio|gesprach|gesprek)\b|\(|, [a-z]+ [a-z]+$/;

export function agendaOfSessions(body: string): boolean {
  let lines = 0;
  let withPeople = 0;
  for (const m of body.matchAll(AGENDA_LINE)) {
    lines++;
    if (WITH_SOMEONE.test(m[1] ?? "")) withPeople++;
  }
  return lines >= 3 && withPeople >= 2;
}
