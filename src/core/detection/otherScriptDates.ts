/**
 * Dates and clocks written in Cyrillic, Hebrew, Japanese, Czech or Polish, rewritten the way the readers know
 * them ("16 февраля 2027 г., 15:00" → "February 16, 2027, 15:00"; "19 בינואר 2027, בשעה 11:00"
 * → "January 19, 2027, at 11:00"; "2027年1月19日（火）14時半" → "January 19, 2027 14:30").
 *
 * The readers (chrono and the template patterns) read the seven languages of the product; a
 * recruiter in Sofia or Tel Aviv writes the same slot in their own script, and without this the
 * slot is lost and the invitation reads as having no time.
 */

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

// Russian months in the genitive ("16 февраля"), Bulgarian, Ukrainian and Hebrew months (Hebrew
// writes them after "ב", "in"). Each list is in calendar order.
const MONTH_NAMES: readonly (readonly string[])[] = [
  "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
  "януари февруари март април май юни юли август септември октомври ноември декември",
  "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
  "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
  // Czech and Polish, in the genitive after a day ("2. března", "4 lutego").
  "ledna února března dubna května června července srpna září října listopadu prosince",
  "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
].map((months) => months.split(" "));
const MONTH_INDEX = new Map<string, number>();
for (const names of MONTH_NAMES) names.forEach((name, i) => MONTH_INDEX.set(name, i));
// "מרס" is the other spelling of March.
MONTH_INDEX.set("מרס", 2);

// Longest names first, so "марта" is not read as "март".
const MONTH_ALTERNATION = [...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).join("|");

/** "16 февраля 2027 г.", "4 февруари 2027 г.", "19 בינואר 2027": day, month, optional year. */
const DAY_MONTH = new RegExp(
  String.raw`(\d{1,2})\.?\s+ב?(${MONTH_ALTERNATION})(?![\u0400-\u04ff\u0590-\u05ffa-z\u00e0-\u017f])(?:\s+(\d{4})(?:\s*(?:г\.|г(?![\u0400-\u04ff])|года|року))?)?`,
  "g",
);
/** 2027年1月19日, 1月19日. */
const JAPANESE_DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
/** 午後3時半, 14時30分, 10時: a Japanese clock. */
const JAPANESE_CLOCK = /(午前|午後)?\s*(\d{1,2})\s*時\s*(?:(\d{1,2})\s*分|(半))?/g;
// "（火）", "(水)": a Japanese weekday in brackets after a date.
const JAPANESE_WEEKDAY = /\s*[（(][月火水木金土日][）)]/g;
// Field labels and the words before a clock: "Дата:", "Час:", "Время:", "מועד:", "בשעה 11:00",
// "в 15:00", "10:30 ч.".
const LABELS: readonly [RegExp, string][] = [
  [/(^|\n)\s*(?:дата(?: и время)?|מועד|תאריך|日時|日付)\s*[:：]/gi, "$1Date:"],
  [/(^|\n)\s*(?:час|время|שעה|時間)\s*[:：]/gi, "$1Time:"],
  [/(^|[\s,])(?:בשעה|в|во|о|от|v|ve|o godz\.|godz\.)\s+(?=\d{1,2}:\d{2})/g, "$1at "],
  [/(\d{1,2}:\d{2})\s*ч\.?(?![\u0400-\u04ff])/g, "$1"],
  [/(\d{1,2}:\d{2})\s*\(?\s*мск\s*\)?/gi, "$1 MSK"],
];

/** Cyrillic, Hebrew, kana and kanji: the scripts whose dates and step words are read here. */
export const OTHER_SCRIPT = /[\u0400-\u04ff\u0590-\u05ff\u3040-\u30ff\u4e00-\u9fff]/;
// Czech and Polish write letters of Latin Extended-A ("března", "września").
const LATIN_EXTENDED_A = /[\u0100-\u017f]/;

/** The text with its Cyrillic, Hebrew and Japanese dates and clocks in the readers' spelling. */
export function otherScriptDates(text: string): string {
  if (!OTHER_SCRIPT.test(text) && !LATIN_EXTENDED_A.test(text)) return text;
  let out = text.replace(DAY_MONTH, (all, day: string, month: string, year: string | undefined) => {
    const i = MONTH_INDEX.get(month.toLowerCase());
    if (i === undefined) return all;
    return `${MONTHS_EN[i]} ${Number(day)}${year ? `, ${year}` : ""}`;
  });
  if (/[月時]/.test(out))
    out = out
      .replace(JAPANESE_DATE, (all, year: string | undefined, month: string, day: string) => {
        const name = MONTHS_EN[Number(month) - 1];
        return name ? `${name} ${Number(day)}${year ? `, ${year}` : ""}` : all;
      })
      .replace(JAPANESE_WEEKDAY, " ")
      // "14:00〜15:00": the wave dash of a range.
      .replace(/[〜～]/g, " - ")
      .replace(
        JAPANESE_CLOCK,
        (
          all,
          half: string | undefined,
          hour: string,
          minute: string | undefined,
          thirty: string | undefined,
        ) => {
          const h = Number(hour) + (half === "午後" && Number(hour) < 12 ? 12 : 0);
          if (h > 23) return all;
          return ` ${h}:${thirty ? "30" : (minute ?? "00").padStart(2, "0")}`;
        },
      );
  for (const [re, to] of LABELS) out = out.replace(re, to);
  return out;
}
