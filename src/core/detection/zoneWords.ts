import { isValidTimeZone } from "../time";

// Zone words people write after a time. US abbreviations map to the city zones so that the
// offset follows DST for the date in question, as a person would mean it.
const ZONE_WORDS: [RegExp, string][] = [
  // "Central European Time", "Eastern European Time": not the US zones of the same first word.
  [
    /^\(?\s*(?:et|est|edt|eastern(?: time| standard time)?|new york time|new yorker zeit|ortszeit new york|hora de nueva york|hora de nova york|ora di new york|new yorkse tijd)\b(?! europe)/i,
    "America/New_York",
  ],
  [/^\(?\s*(?:ct|cst|cdt|central(?: time| standard time)?|chicago time)\b(?! europe)/i, "America/Chicago"],
  [/^\(?\s*(?:arizona time|az time|phoenix time)\b/i, "America/Phoenix"],
  // ("heure de Montréal", "Ostküstenzeit": the American East in French and German.)
  [
    /^\(?\s*(?:heure de (?:montr[eé]al|toronto|l'est|new york|qu[eé]bec)|heure du qu[eé]bec|ost(?:k[uü]sten| coast ?)zeit|us-ostk[uü]stenzeit|hora del este)(?![\p{L}])/iu,
    "America/Toronto",
  ],
  [
    /^\(?\s*(?:westk[uü]stenzeit|heure de (?:vancouver|los angeles|la c[oô]te ouest))(?![\p{L}])/iu,
    "America/Los_Angeles",
  ],
  [/^\(?\s*(?:mt|mst|mdt|mountain(?: time| standard time)?|denver time)\b/i, "America/Denver"],
  [/^\(?\s*(?:pt|pst|pdt|pacific(?: time| standard time)?|california time)\b/i, "America/Los_Angeles"],
  [/^\(?\s*(?:gmt|bst|uk time|london time|british time)\b/i, "Europe/London"],
  [
    /^\(?\s*(?:cet|cest|mez|mesz|central european(?: summer| standard)?(?: time)?|mitteleurop[aä]ische (?:sommer)?zeit|heure d'europe centrale|heure de paris|hora peninsular|paris time|berlin time)\b/i,
    "Europe/Paris",
  ],
  [
    /^\(?\s*(?:nederlandse tijd|amsterdamse tijd|amsterdam time|belgische tijd|heure belge)\b/i,
    "Europe/Amsterdam",
  ],
  [/^\(?\s*(?:ora italiana|ora di roma|rome time)\b/i, "Europe/Rome"],
  [/^\(?\s*(?:z[uü]rcher zeit|schweizer zeit)(?![\p{L}])/iu, "Europe/Zurich"],
  [/^\(?\s*(?:wiener zeit|[oö]sterreichische zeit)(?![\p{L}])/iu, "Europe/Vienna"],
  [/^\(?\s*(?:berliner zeit)(?![\p{L}])/iu, "Europe/Berlin"],
  [
    /^\(?\s*(?:deutscher zeit|deutsche zeit|heure fran[cç]aise|heure de bruxelles|hora de espa[nñ]a|hora espa[nñ]ola|hora de madrid)\b/i,
    "Europe/Paris",
  ],
  [/^\(?\s*(?:hora de portugal|hora portuguesa)\b/i, "Europe/Lisbon"],
  [/^\(?\s*(?:ist|india time)\b/i, "Asia/Kolkata"],
  // ("9am AEST" in January is Brisbane's +10, standard time as written, not Sydney's summer.)
  [/^\(?\s*(?:aest|brisbane time|queensland time)\b/i, "Australia/Brisbane"],
  [/^\(?\s*(?:aedt|sydney time|melbourne time)\b/i, "Australia/Sydney"],
  [/^\(?\s*(?:awst|perth time)\b/i, "Australia/Perth"],
  [/^\(?\s*(?:nzdt|nzst|nzt|new zealand time|auckland time|wellington time)\b/i, "Pacific/Auckland"],
  [/^\(?\s*(?:sgt|singapore time)\b/i, "Asia/Singapore"],
  [/^\(?\s*(?:hkt|hong kong time)\b/i, "Asia/Hong_Kong"],
  [/^\(?\s*(?:jst|japan time|tokyo time)\b/i, "Asia/Tokyo"],
  [/^\(?\s*(?:kst|korea(?:n)? time|seoul time)\b/i, "Asia/Seoul"],
  [/^\(?\s*(?:beijing time|china time|shanghai time)\b/i, "Asia/Shanghai"],
  [/^\(?\s*(?:pht|philippine time|manila time)\b/i, "Asia/Manila"],
  [/^\(?\s*(?:myt|malaysia time|kuala lumpur time)\b/i, "Asia/Kuala_Lumpur"],
  [/^\(?\s*(?:wib|jakarta time)\b/i, "Asia/Jakarta"],
  [/^\(?\s*(?:bangkok time|vietnam time|hanoi time)\b/i, "Asia/Bangkok"],
  [/^\(?\s*(?:gst|gulf time|dubai time|uae time)\b/i, "Asia/Dubai"],
  [/^\(?\s*(?:pkt|pakistan time|karachi time)\b/i, "Asia/Karachi"],
  [/^\(?\s*(?:sast|south africa time|johannesburg time)\b/i, "Africa/Johannesburg"],
  [/^\(?\s*(?:acdt|acst|adelaide time)\b/i, "Australia/Adelaide"],
  [/^\(?\s*(?:msk|moscow time)\b/i, "Europe/Moscow"],
  [
    /^\(?\s*(?:eet|eest|eastern european(?: summer)?(?: time)?|helsinki time|athens time)\b/i,
    "Europe/Helsinki",
  ],
  [/^\(?\s*(?:western european(?: summer)?(?: time)?)\b/i, "Europe/Lisbon"],
  [/^\(?\s*(?:hora de lisboa|lisbon time)\b/i, "Europe/Lisbon"],
  [/^\(?\s*(?:hora canaria|hora de canarias|canary time)\b/i, "Atlantic/Canary"],
  [
    /^\(?\s*(?:heure de londres|hora de londres|ora di londra|londoner zeit|londense tijd)\b/i,
    "Europe/London",
  ],
  [
    /^\(?\s*(?:brt|hora de bras[ií]lia|horário de bras[ií]lia|brasilia time|sao paulo time)\b/i,
    "America/Sao_Paulo",
  ],
  [
    /^\(?\s*(?:hora de buenos aires|hora de argentina|hora argentina|buenos aires time)(?![\p{L}])/iu,
    "America/Argentina/Buenos_Aires",
  ],
  // ("5:00 p. m. hora de Colombia": a Latin American country names its one zone.)
  [
    /^\(?\s*(?:hora de bogot[aá]|hora de colombia|hora colombiana|bogota time|colombia time)(?![\p{L}])/iu,
    "America/Bogota",
  ],
  [
    /^\(?\s*(?:hora de(?:l)? per[uú]|hora de lima|hora peruana|lima time|peru time)(?![\p{L}])/iu,
    "America/Lima",
  ],
  [/^\(?\s*(?:hora de chile|hora de santiago|hora chilena|chile time)(?![\p{L}])/iu, "America/Santiago"],
  [/^\(?\s*(?:hora de(?:l)? ecuador|hora de quito|ecuador time)(?![\p{L}])/iu, "America/Guayaquil"],
  [/^\(?\s*(?:hora de uruguay|hora de montevideo|hora uruguaya)(?![\p{L}])/iu, "America/Montevideo"],
  [/^\(?\s*(?:hora de costa rica|hora de guatemala|hora centroamericana)(?![\p{L}])/iu, "America/Costa_Rica"],
  [
    /^\(?\s*(?:hora de (?:la )?ciudad de m[eé]xico|hora del centro de m[eé]xico|mexico city time)\b/i,
    "America/Mexico_City",
  ],
  // (Not the Z of "Zürcher Zeit": a letter after it is another word.)
  [/^\(?\s*(?:utc|z)(?![\p{L}\p{N}])/iu, "UTC"],
];
// "(Italian time)", "Swiss time": a country's time, as its main zone.
const NATIONAL: Record<string, string> = {
  italian: "Europe/Rome",
  spanish: "Europe/Madrid",
  german: "Europe/Berlin",
  french: "Europe/Paris",
  dutch: "Europe/Amsterdam",
  belgian: "Europe/Brussels",
  swiss: "Europe/Zurich",
  austrian: "Europe/Vienna",
  portuguese: "Europe/Lisbon",
  irish: "Europe/Dublin",
  polish: "Europe/Warsaw",
  swedish: "Europe/Stockholm",
  danish: "Europe/Copenhagen",
  norwegian: "Europe/Oslo",
  finnish: "Europe/Helsinki",
  greek: "Europe/Athens",
  turkish: "Europe/Istanbul",
  israeli: "Asia/Jerusalem",
  korean: "Asia/Seoul",
  chinese: "Asia/Shanghai",
  indian: "Asia/Kolkata",
  japanese: "Asia/Tokyo",
  brazilian: "America/Sao_Paulo",
  chilean: "America/Santiago",
  colombian: "America/Bogota",
  peruvian: "America/Lima",
  mexican: "America/Mexico_City",
  gulf: "Asia/Dubai",
  uae: "Asia/Dubai",
  cot: "America/Bogota",
  gst: "Asia/Dubai",
  kst: "Asia/Seoul",
};
const REGIONS = ["Europe", "America", "Asia", "Australia", "Africa", "Pacific", "Atlantic"];
const PLACE_TIME =
  /^\(?\s*(?:(?:hora|heure|ora|horario|horário) (?:de |di |d')?(?:la )?)?(\p{L}[\p{L}.'-]*(?: (?!time\b)\p{L}[\p{L}.'-]*)?)(?: (?:time|local time)\b|\)|\s*$|[,.;])/iu;

/**
 * "Bogotá time", "hora de Lima", "(Italian time)": a place or a country named after the time, as
 * the IANA zone of that city (tried under each region) or the country's main zone.
 */
function placeZone(tail: string): string | null {
  const m = PLACE_TIME.exec(tail);
  if (!m?.[1]) return null;
  const named = m[0].toLowerCase();
  const place = m[1]
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  const national = NATIONAL[place];
  // A bare word is a zone only as a known abbreviation ("(COT)"); a place needs "time" or "hora de".
  if (!/\btime\b|^\(?\s*(?:hora|heure|ora|horario|horário) /.test(named))
    return national && place.length <= 3 ? national : null;
  if (national) return national;
  return cityZone(place);
}

/** "bogota", "New York": the IANA zone named after a city, tried under each region. */
function cityZone(place: string): string | null {
  const city = place.replace(
    /(^|[ _-])(\p{L})/gu,
    (_, sep: string, c: string) => `${sep ? "_" : ""}${c.toUpperCase()}`,
  );
  for (const region of REGIONS) if (isValidTimeZone(`${region}/${city}`)) return `${region}/${city}`;
  return null;
}

/** "12:00pm New York / 17:00 London": a city written before the slash of a two-city time. */
function cityBeforeSlash(tail: string): string | null {
  const city = /^\(?\s*(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\s*\//u.exec(tail)?.[1];
  return city ? cityZone(city.normalize("NFD").replace(/[\u0300-\u036f]/g, "")) : null;
}

const IANA_IN_TEXT = /^\(?\s*\(?([A-Z][A-Za-z_]+\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?)/;

/**
 * "à 9h30 est confirmé", "um 9:30 ist bestätigt", "às 9h30 está": a short word in lower case after
 * a time, with a word (or the rest of one) after it, is the sentence's verb, not "EST" or "IST".
 * Written so at the end of a clause ("10am est.", "(pt)"), it is still the zone.
 */
function aVerb(tail: string, matched: string): boolean {
  const word = matched.replace(/^\(?\s*/, "");
  return (
    word.length <= 4 &&
    word === word.toLowerCase() &&
    /^(?:[\p{L}\p{N}-]|\s+[\p{L}\p{N}])/u.test(tail.slice(matched.length))
  );
}

/** A zone named right after a time ("10:00 ET", "(America/New_York)", "11:00am PT"). */
export function zoneAfter(text: string, from: number): string | null {
  const tail = text
    .slice(from, from + 60)
    .replace(/^[\s,]*(?:their|your|local|client|our) time\s*/i, "")
    .replace(/^[\s,–—-]*(?:\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*)?(?:\)\s*)?/i, "")
    // "10:00 Uhr MEZ", "14.00 uur CET": the clock word between the time and its zone ("heure",
    // "hora" and "ora" name a place's zone themselves: "14h heure de Londres").
    .replace(/^(?:uhr|uur|hrs?)\.?\s+(?=\S)/i, "");
  // "(GMT+01:00)", "UTC-5", "GMT+8": a written offset, as the fixed zone Etc/GMT∓h (IANA's sign is
  // inverted); a half-hour offset has no such zone and falls back to the owner's.
  const offset = /^\(?\s*(?:gmt|utc)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?/i.exec(tail);
  if (offset) {
    const hours = Number(offset[2]);
    if ((offset[3] ?? "00") !== "00" || hours > 14) return null;
    if (hours === 0) return "UTC";
    return `Etc/GMT${offset[1] === "+" ? "-" : "+"}${hours}`;
  }
  const iana = IANA_IN_TEXT.exec(tail);
  if (iana?.[1] && isValidTimeZone(iana[1])) return iana[1];
  for (const [re, zone] of ZONE_WORDS) {
    const m = re.exec(tail);
    if (m && !aVerb(tail, m[0])) return zone;
  }
  const place = /^\(?\s*\p{L}/u.test(tail) ? (placeZone(tail) ?? cityBeforeSlash(tail)) : null;
  if (place) return place;
  const your = /^\(?\s*(?:your time|heure locale|ihrer zeit|tu hora)/i.test(tail);
  return your ? "" : null;
}
