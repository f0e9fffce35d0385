import type { Lang } from "./findStart";

/** One day's names in each language the detector reads: a new language must name its weekdays. */
export type WeekdayNames = Record<Lang, readonly string[]>;

/**
 * Weekday names in the seven languages the detector reads, indexed as Date#getUTCDay counts
 * (0 = Sunday). Spellings without their accent are listed too: mail typed on an English keyboard
 * drops them ("terca-feira", "miercoles").
 */
export const WEEKDAY_NAMES: readonly WeekdayNames[] = [
  {
    en: ["sunday", "sun"],
    fr: ["dimanche"],
    de: ["sonntag"],
    es: ["domingo"],
    pt: ["domingo"],
    nl: ["zondag"],
    it: ["domenica"],
  },
  {
    en: ["monday", "mon"],
    fr: ["lundi"],
    de: ["montag"],
    es: ["lunes"],
    pt: ["segunda-feira", "segunda"],
    nl: ["maandag"],
    it: ["lunedì", "lunedi"],
  },
  {
    en: ["tuesday", "tues", "tue"],
    fr: ["mardi"],
    de: ["dienstag"],
    es: ["martes"],
    pt: ["terça-feira", "terca-feira", "terça", "terca"],
    nl: ["dinsdag"],
    it: ["martedì", "martedi"],
  },
  {
    en: ["wednesday", "wed"],
    fr: ["mercredi"],
    de: ["mittwoch"],
    es: ["miércoles", "miercoles"],
    pt: ["quarta-feira", "quarta"],
    nl: ["woensdag"],
    it: ["mercoledì", "mercoledi"],
  },
  {
    en: ["thursday", "thurs", "thu"],
    fr: ["jeudi"],
    de: ["donnerstag"],
    es: ["jueves"],
    pt: ["quinta-feira", "quinta"],
    nl: ["donderdag"],
    it: ["giovedì", "giovedi"],
  },
  {
    en: ["friday", "fri"],
    fr: ["vendredi"],
    de: ["freitag"],
    es: ["viernes"],
    pt: ["sexta-feira", "sexta"],
    nl: ["vrijdag"],
    it: ["venerdì", "venerdi"],
  },
  {
    en: ["saturday", "sat"],
    fr: ["samedi"],
    de: ["samstag"],
    es: ["sábado", "sabado"],
    pt: ["sábado", "sabado"],
    nl: ["zaterdag"],
    it: ["sabato"],
  },
];

const DAY_OF = new Map<string, number>();
WEEKDAY_NAMES.forEach((names, day) => {
  for (const name of Object.values(names).flat()) DAY_OF.set(name, day);
});
const ENGLISH = new Set(WEEKDAY_NAMES.flatMap((names) => names.en));

/**
 * Every name as one regex alternation that shares prefixes ("mon(?:day)?"). Irregexp tries the
 * alternatives one by one at each word start, so a flat list of seventy names costs the time
 * readers a few per cent. Longer names still come first: a shorter name only gets its turn when the
 * longer one does not fit, so "tue" never takes the place of "tuesday".
 */
export const WEEKDAY_PATTERN = sharedPrefixes([...DAY_OF.keys()]);

function sharedPrefixes(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  let canEnd = false;
  for (const word of words) {
    const first = word.charAt(0);
    if (!first) canEnd = true;
    else byFirst.set(first, [...(byFirst.get(first) ?? []), word.slice(1)]);
  }
  const branches = [...byFirst].map(([first, rests]) => first + sharedPrefixes(rests));
  if (branches.length === 0) return "";
  if (branches.length === 1 && !canEnd) return branches[0]!;
  return `(?:${branches.join("|")})${canEnd ? "?" : ""}`;
}

/** The day (0 = Sunday) a lower-case weekday name means, in any of the languages. */
export function weekdayOf(name: string): number | undefined {
  return DAY_OF.get(name);
}

/** English names decide whether "Thursday 12/17" is read month first. */
export function isEnglishWeekday(name: string): boolean {
  return ENGLISH.has(name);
}
