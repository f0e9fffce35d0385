/**
 * Dates and times written out in words, as formal convocations write them ("le jeudi dix-sept
 * décembre deux mille vingt-six, à dix heures", "el jueves diecisiete de diciembre de dos mil
 * veintiséis, a las nueve horas y treinta minutos"), rewritten in digits for the date readers.
 *
 * Only numbers in a date or time's place are read: before a month name (the day), after one (the
 * year), and before a word for hours, so "une entrevue" or "un colloquio" keep their articles.
 */
import { fold } from "./fold";

// Number words of French, Spanish, Portuguese and Italian, folded (formal English mail writes its
// dates in digits). Compounds are read by splitting them into these ("diecisiete" is dieci +
// siete, "duemilaventisei" due + mila + venti + sei); forms that elide a letter or that do not
// split so are listed whole.
const VALUES: Record<string, number> = Object.fromEntries(
  (
    [
      [1, "un une uno una um uma premier primero primo"],
      [2, "deux dos dois duas due"],
      [3, "trois tres tre"],
      [4, "quatre cuatro quatro quattro"],
      [5, "cinq cinco cinque"],
      [6, "six seis sei"],
      [7, "sept siete sete sette"],
      [8, "huit ocho oito otto"],
      [9, "neuf nueve nove"],
      [10, "dix diez dez dieci"],
      [11, "onze once undici"],
      [12, "douze doce doze dodici"],
      [13, "treize trece treze tredici"],
      [14, "quatorze catorce catorze quattordici"],
      [15, "quinze quince quindici"],
      [16, "seize dezesseis dezasseis sedici"],
      [17, "dezessete dezassete diciassette"],
      [18, "dezoito diciotto"],
      [19, "dezenove dezanove diciannove"],
      [20, "vingt veinte veinti vinte venti vent"],
      [30, "trente treinta trinta trenta trent"],
      [40, "quarante cuarenta quarenta quaranta quarant"],
      [50, "cinquante cincuenta cinquenta cinquanta cinquant"],
      [1000, "mille mil mila"],
    ] as const
  ).flatMap(([value, words]) => words.split(" ").map((w) => [w, value])),
);
// "et", "y", "e" join the parts ("vingt et un", "treinta y uno", "vinte e seis").
const JOINER = /^(?:et|y|e)$/;
// Longest first, so "dieciseis" is not read as "dieci" + "s…".
const PARTS = Object.keys(VALUES).sort((a, b) => b.length - a.length);

/** The number a run of folded number words spells, or null when it is not one. */
export function numberFromWords(words: string): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const word of words.split(/[\s-]+/)) {
    if (!word || JOINER.test(word)) continue;
    let rest = word;
    while (rest) {
      const part = PARTS.find((p) => rest.startsWith(p));
      if (!part) return null;
      const value = VALUES[part]!;
      if (value === 1000) {
        total += (current || 1) * 1000;
        current = 0;
      } else current += value;
      any = true;
      rest = rest.slice(part.length);
    }
  }
  return any ? total + current : null;
}

const WORD = String.raw`[\p{L}]+`;
// Up to six words joined by spaces or hyphens.
const RUN = String.raw`${WORD}(?:[\s-]+${WORD}){0,5}`;
// The four languages' full month names (not templateTimes' MONTH_NAMES, whose short forms and
// English names are everyday words beside a number word: "out", "set", "mar", "due May").
const MONTHS = String.raw`(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)`;
// (A month followed by a day in digits is dated already: "due dicembre 3" is no second of December.)
const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\d])(${RUN})(\s+(?:de\s+)?${MONTHS})(?![\p{L}])(?!\s+\d{1,2}(?!\d))`,
  "giu",
);
const MONTH_YEAR = new RegExp(String.raw`(${MONTHS},?\s+(?:de\s+|del\s+)?)(${RUN})`, "giu");
const HOURS = String.raw`(?:heures?|horas?|ore)`;
const AT_HOUR = new RegExp(
  String.raw`(?<![\p{L}])((?:à|a|as|às|a las|a la|alle|alle ore)\s+)(${RUN})(\s+${HOURS})(?![\p{L}])`,
  "giu",
);
// "9 horas y treinta minutos", "10 heures trente", "9 horas y media", "alle 9 ore e trenta".
const HOUR_AND_MINUTES = new RegExp(
  String.raw`(?<![\d])(\d{1,2})\s+(${HOURS})((?:\s+(?:y|et|e))?\s+${WORD}(?:[\s-]+${WORD}){0,2})?`,
  "giu",
);
const ORE_THEN_HOUR = new RegExp(
  String.raw`(?<![\p{L}])((?:alle ore|ore)\s+)(${WORD}(?:\s+${WORD}){0,4})`,
  "giu",
);
const MINUTE_WORD = /^(?:minutos?|minutes?|minuti)$/;
const HALF = /^(?:media|demie|mezza|meia)$/;
const QUARTER = /^(?:cuarto|quart|quarto)$/;

const YEAR_OR_HOUR_WORDS = [" mil", "heure", "hora", " ore "];

// Number words that are as often everyday ones ("une", "una", "due", "sei", "mille" in a year
// always has another number beside it): they do not pass the cheap test alone.
const EVERYDAY = new Set([
  "une",
  "uno",
  "una",
  "uma",
  "due",
  "sei",
  "tre",
  "dos",
  "vent",
  "mil",
  "mila",
  "mille",
  "primo",
  "premier",
  "primero",
]);

/** Whether some word of the text may begin a number written out (a cheap test before the patterns). */
const NUMBER_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:${PARTS.filter((p) => p.length >= 3 && !EVERYDAY.has(p)).join("|")})`,
  "iu",
);

/** The number the words from `from` to `to` (exclusive) spell, if within [min, max]. */
function spelled(parts: string[], from: number, to: number, min: number, max: number): number | null {
  const n = numberFromWords(fold(parts.slice(from, to).join(" ")));
  return n !== null && n >= min && n <= max ? n : null;
}

/**
 * The text with days, years and hours written in words turned to digits; unchanged when it
 * writes none.
 */
export function numbersInWords(text: string): string {
  // A date written out has its year ("mille", "mil", "mila") or its hour ("heures", "horas",
  // "ore") in words too; most texts have neither, and a substring search settles them.
  if (!YEAR_OR_HOUR_WORDS.some((w) => text.includes(w)) || !NUMBER_WORD.test(text)) return text;
  // A day or an hour ends right before its month or hour word: the longest tail of the words
  // read that spells one ("le jeudi dix-sept" → "le jeudi 17").
  const tail = (run: string, min: number, max: number): string | null => {
    const parts = run.split(/\s+/);
    for (let i = 0; i < parts.length; i++) {
      const n = spelled(parts, i, parts.length, min, max);
      if (n !== null) return [...parts.slice(0, i), String(n)].join(" ");
    }
    return null;
  };
  let out = text.replace(DAY_MONTH, (all, written: string, after: string) => {
    // ("diecisiete de diciembre": the run may have taken the "de" before the month.)
    const de = /\s+de$/i.exec(written);
    const run = de ? written.slice(0, de.index) : written;
    const read = tail(run, 1, 31);
    return read === null ? all : `${read}${de ? de[0] : ""}${after}`;
  });
  // A year starts right after its month: the longest head that spells one ("deux mille
  // vingt-six à dix" → "2026 à dix").
  out = out.replace(MONTH_YEAR, (all, month: string, run: string) => {
    const parts = run.split(/\s+/);
    for (let j = parts.length; j > 0; j--) {
      const n = spelled(parts, 0, j, 2000, 2099);
      if (n !== null) return `${month}${[String(n), ...parts.slice(j)].join(" ")}`;
    }
    return all;
  });
  out = out.replace(AT_HOUR, (all, at: string, run: string, hours: string) => {
    const read = tail(run, 0, 23);
    return read === null ? all : `${at}${read}${hours}`;
  });
  // "alle ore dieci e trenta": the hour word first, then the hour and its minutes after "e"
  // ("alle tre e mezza" without "ore" is hoursInWords' to read).
  out = out.replace(ORE_THEN_HOUR, (all, ore: string, run: string) => {
    const parts = run.split(/\s+/);
    for (let j = parts.length; j > 0; j--) {
      // (Not up to the "e" before the minutes: "dieci e" would read as ten.)
      if (JOINER.test(parts[j - 1] ?? "")) continue;
      const hour = spelled(parts, 0, j, 0, 23);
      if (hour === null) continue;
      const rest = parts.slice(j);
      const minutes = rest[0] === "e" && rest.length > 1 ? spelled(rest, 1, 2, 1, 59) : null;
      const tailWords = minutes === null ? rest : rest.slice(2);
      const clock = `${hour}:${String(minutes ?? 0).padStart(2, "0")}`;
      return `${ore}${[clock, ...tailWords].join(" ")}`;
    }
    return all;
  });
  return out.replace(HOUR_AND_MINUTES, (all, h: string, word: string, after?: string) => {
    // "a las 11 horas", "alle 9 ore": a whole hour ("10 heures" the clock readers know already).
    if (!after) return /^h|^o/i.test(word) ? `${h}:00` : all;
    const parts = after.trim().split(/\s+/);
    if (/^(?:y|et|e)$/i.test(parts[0] ?? "")) parts.shift();
    for (let j = parts.length; j > 0; j--) {
      const said = fold(parts.slice(0, j).join(" "));
      const minutes = HALF.test(said) ? 30 : QUARTER.test(said) ? 15 : spelled(parts, 0, j, 1, 59);
      if (minutes === null) continue;
      const rest = parts.slice(j);
      if (MINUTE_WORD.test(fold(rest[0] ?? ""))) rest.shift();
      return `${h}:${String(minutes).padStart(2, "0")}${rest.length ? ` ${rest.join(" ")}` : ""}`;
    }
    return /^h|^o/i.test(word) ? `${h}:00${after}` : all;
  });
}
