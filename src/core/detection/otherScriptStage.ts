import { OTHER_SCRIPT } from "./otherScriptDates";
import type { Stage } from "./types";

/**
 * The hiring step as Russian, Bulgarian, Ukrainian, Hebrew and Japanese mail names it, in the
 * priority order of the other cues (final, technical, screen, then an in-person visit).
 * Patterns are over folded text: lower case, and "й" folded to "и" with the other marks.
 */
const CUES: readonly [RegExp, Stage][] = [
  [
    /(?:финальн|финалн|заключительн)[а-я]* (?:собеседован|интервю|интервью|етап|этап)|последн[а-я]* (?:этап|собеседован|етап)|ראיון (?:סופי|אחרון)|最終面接/,
    "final",
  ],
  [
    /техническ[а-я]* (?:собеседован|интервю|интервью|задан|част)|лаив-?кодинг|ראיון (?:טכני|מקצועי)|מבחן בית|技術面接|コーディング/,
    "technical",
  ],
  [
    /(?:первичн|перв|първ|телефонн|ознакомительн|вступн)[а-я]* (?:собеседован|интервю|интервью|разговор|этап|етап|співбесід)|ראיון (?:היכרות|טלפוני|ראשון|ראשוני)|שיחת (?:היכרות|טלפון)|一次面接|カジュアル面談/,
    "screen",
  ],
  [
    /в (?:нашем |нашия )?офис[еа]?(?![а-я])|(?:място|адрес|место)\s*:\s*офис|במשרד(?:ינו|י החברה)|来社|対面/,
    "onsite",
  ],
];

/** The stage a step word in one of those scripts names, or null. */
export function otherScriptStage(folded: string): Stage | null {
  if (!OTHER_SCRIPT.test(folded)) return null;
  for (const [re, stage] of CUES) if (re.test(folded)) return stage;
  return null;
}
