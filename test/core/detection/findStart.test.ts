import { findStart } from "../../../src/core/detection/findStart";
import type { Lang } from "../../../src/core/detection/findStart";

// Received Tue 1 Dec 2026 19:20Z (14:20 in New York) unless the row says otherwise.
const TUE = Date.parse("2026-12-01T19:20:00Z");

describe("findStart", () => {
  it.each<[string, Lang, number, string, string]>([
    ["Confirming our call tomorrow at 3pm ET.", "en", TUE, "America/New_York", "2026-12-02T15:00:00-05:00"],
    // A length in an aside is no clock.
    [
      "Je vous propose l'entretien (étude de cas, 1 h 30 avec deux architectes) le jeudi 10 décembre à 14 h 30.",
      "fr",
      TUE,
      "Europe/Paris",
      "2026-12-10T14:30:00+01:00",
    ],
    [
      "Entrevista técnica (caso práctico, 1h30) el jueves 10 de diciembre a las 16:00.",
      "es",
      TUE,
      "Europe/Madrid",
      "2026-12-10T16:00:00+01:00",
    ],
    // A weekday said to fall "this week", and a clock introduced "alle ore".
    [
      "Ci vediamo venerdì di questa settimana alle ore 9:30 in sede.",
      "it",
      TUE,
      "Europe/Rome",
      "2026-12-04T09:30:00+01:00",
    ],
    [
      "Rendez-vous jeudi de cette semaine à 16h, dans nos bureaux.",
      "fr",
      TUE,
      "Europe/Paris",
      "2026-12-03T16:00:00+01:00",
    ],
    ["Passt Ihnen Freitag dieser Woche um 11 Uhr?", "de", TUE, "Europe/Berlin", "2026-12-04T11:00:00+01:00"],
    [
      "Le confermo mercoledì alle ore 14:30, presso la nostra sede.",
      "it",
      TUE,
      "Europe/Rome",
      "2026-12-02T14:30:00+01:00",
    ],
    // "Next Thursday" with the date in brackets: the bracketed date says which.
    [
      "Je vous confirme votre entretien jeudi prochain (10 décembre) à 11h, en visio.",
      "fr",
      TUE,
      "Europe/Paris",
      "2026-12-10T11:00:00+01:00",
    ],
    // A weekday with its date in brackets after it, "dia" and "de" inside.
    [
      "Ficou marcada para a próxima quinta-feira (dia 10 de dezembro) às 15h00, por Meet.",
      "pt",
      TUE,
      "Europe/Lisbon",
      "2026-12-10T15:00:00+00:00",
    ],
    // Dates and times written out in words, as formal convocations write them.
    [
      "L'entretien se tiendra le jeudi dix décembre deux mille vingt-six, à dix heures trente.",
      "fr",
      TUE,
      "Europe/Paris",
      "2026-12-10T10:30:00+01:00",
    ],
    // A length of time before the day ("environ 2h", "etwa 1 h 30") is no clock.
    [
      "Ils vous proposent un échange (environ 2h, avec un cas pratique) le jeudi 10 décembre à 9h30.",
      "fr",
      TUE,
      "Europe/Paris",
      "2026-12-10T09:30:00+01:00",
    ],
    [
      "Ein Fachgespräch (etwa 1 h 30) am Donnerstag, 10. Dezember um 9:30 Uhr.",
      "de",
      TUE,
      "Europe/Berlin",
      "2026-12-10T09:30:00+01:00",
    ],
    // A labelled duration in French is no clock, whatever else the mail says.
    [
      "Durée : 1h30\nEntretien le jeudi 10 décembre à 14h.",
      "fr",
      TUE,
      "Europe/Paris",
      "2026-12-10T14:00:00+01:00",
    ],
    // An Italian hour in words after "all'".
    [
      "Colloquio giovedì 10 dicembre all'una e mezza, su Teams.",
      "it",
      TUE,
      "Europe/Rome",
      "2026-12-10T13:30:00+01:00",
    ],
    // A booking tool's slot, its zone in brackets, then the date.
    [
      "Event Date/Time: 10:00am - 10:30am (Central Time - US & Canada), Friday, December 18, 2026",
      "en",
      TUE,
      "America/New_York",
      "2026-12-18T10:00:00-06:00",
    ],
    // A start label between the date and the time.
    [
      "Termin: Mittwoch, 16. Dezember 2026, Beginn 8:30 Uhr (Ende gegen 15:00 Uhr)",
      "de",
      TUE,
      "Europe/Berlin",
      "2026-12-16T08:30:00+01:00",
    ],
    ["Le mercredi 16 décembre, début : 9h30.", "fr", TUE, "Europe/Paris", "2026-12-16T09:30:00+01:00"],
    // "1°" (a degree sign for the ordinal) as Italian writes the first of the month.
    [
      "Le proponiamo lunedì 1° febbraio alle ore 11:30.",
      "it",
      TUE,
      "Europe/Rome",
      "2027-02-01T11:30:00+01:00",
    ],
    // "10:00 Uhr MEZ": the clock word before the zone, and "00 Uhr" is no hour of its own.
    [
      "Termin:\nMontag, 14.12.2026, 10:00 Uhr MEZ\nDen Link findest du unten.",
      "de",
      TUE,
      "Asia/Singapore",
      "2026-12-14T10:00:00+01:00",
    ],
    [
      "Het gesprek is op maandag 14 december om 14.00 uur CET.",
      "nl",
      TUE,
      "America/New_York",
      "2026-12-14T14:00:00+01:00",
    ],
    // Regional spellings: "hs" (Río de la Plata), "u" (Flanders), "hrs", a bracketed weekday, a weekday with a day number only.
    [
      "Nos vemos el jueves 10 a las 16 hs por Meet.",
      "es",
      TUE,
      "America/Argentina/Buenos_Aires",
      "2026-12-10T16:00:00-03:00",
    ],
    [
      "Het gesprek is op vrijdag 11 december om 9u30 op ons kantoor.",
      "nl",
      TUE,
      "Europe/Brussels",
      "2026-12-11T09:30:00+01:00",
    ],
    ["The panel is on 14 December at 1430 hrs IST.", "en", TUE, "Asia/Kolkata", "2026-12-14T14:30:00+05:30"],
    [
      "no dia 15 de dezembro (terça-feira), às 11h00, na nossa sede",
      "pt",
      TUE,
      "Europe/Lisbon",
      "2026-12-15T11:00:00+00:00",
    ],
    ["Ci vediamo mercoledì 16 dicembre alle ore 10.", "it", TUE, "Europe/Rome", "2026-12-16T10:00:00+01:00"],
    ["Can you do Monday the 7th at 11:00?", "en", TUE, "America/New_York", "2026-12-07T11:00:00-05:00"],
    // Labelled slots: a previous time and a labelled end are never the start.
    [
      "Previous: Thursday, December 10 at 2:00 PM ET\nNew: Monday, December 14 at 3:30 PM ET",
      "en",
      TUE,
      "America/New_York",
      "2026-12-14T15:30:00-05:00",
    ],
    [
      "End\n15-Dec-26 - 16:00\nStart\n15-Dec-26 - 15:00",
      "en",
      TUE,
      "Europe/Rome",
      "2026-12-15T15:00:00+01:00",
    ],
    // Stacked booking-tool lines ("Thu" / "17" above the full date) and a day number in brackets.
    [
      "Thu\n17\nThursday, 17th December 2026\n9:00 AM to 1:00 PM MST",
      "en",
      TUE,
      "America/Denver",
      "2026-12-17T09:00:00-07:00",
    ],
    [
      "Could you come by next Tuesday (the 8th) at 10am?",
      "en",
      TUE,
      "America/New_York",
      "2026-12-08T10:00:00-05:00",
    ],
    [
      "on Monday, 14 December at 9:00 AM Bogotá time (COT)",
      "en",
      TUE,
      "America/New_York",
      "2026-12-14T09:00:00-05:00",
    ],
    [
      "on Monday 14 December at 11:00 (Italian time) by video",
      "en",
      TUE,
      "Asia/Dubai",
      "2026-12-14T11:00:00+01:00",
    ],
    [
      "Confirming your onsite on Friday, December 11, starting 9:00 AM Central.",
      "en",
      TUE,
      "America/Chicago",
      "2026-12-11T09:00:00-06:00",
    ],
    [
      "Would 11am New York time on Wednesday 9 December work?",
      "en",
      TUE,
      "Europe/London",
      "2026-12-09T11:00:00-05:00",
    ],
    [
      "Wednesday, December 16, 2026\n10:00 AM - 10:45 AM (GMT+01:00) Madrid",
      "en",
      TUE,
      "Europe/London",
      "2026-12-16T10:00:00+01:00",
    ],
    [
      "📅 quinta-feira, 17 de dezembro\n🕙 15h (horário de Brasília)",
      "pt",
      TUE,
      "America/Sao_Paulo",
      "2026-12-17T15:00:00-03:00",
    ],
    [
      "Dia 16 de dezembro, quarta-feira, a partir das 9h30, nos nossos escritórios.",
      "pt",
      TUE,
      "Europe/Lisbon",
      "2026-12-16T09:30:00+00:00",
    ],
    [
      "It's this Thursday (10 December) at 2pm on Teams.",
      "en",
      TUE,
      "Europe/Dublin",
      "2026-12-10T14:00:00+00:00",
    ],
    [
      "When: Wednesday, December 16, 2026 between 2:00 PM - 3:00 PM (Europe/Madrid)",
      "en",
      TUE,
      "Europe/London",
      "2026-12-16T14:00:00+01:00",
    ],
    [
      "We look forward to seeing you on Friday, December 18. Agenda (all times local):\n10:00 – 10:45 Case study\n11:00 – 11:30 Team lunch",
      "en",
      TUE,
      "Europe/London",
      "2026-12-18T10:00:00+00:00",
    ],
    [
      "Sua entrevista foi agendada para quinta-feira, 10/12 às 14h.",
      "pt",
      TUE,
      "America/Sao_Paulo",
      "2026-12-10T14:00:00-03:00",
    ],
    ["Booked for Thursday 12/10 at 2pm.", "en", TUE, "America/New_York", "2026-12-10T14:00:00-05:00"],
    // A dash between a date and its clock, as booking tools print it.
    ["Scheduled:\nDecember 15, 2026 – 5:00 PM JST", "en", TUE, "Asia/Tokyo", "2026-12-15T17:00:00+09:00"],
    ["Le 15 décembre – 9:30, en visio.", "fr", TUE, "Europe/Paris", "2026-12-15T09:30:00+01:00"],
    [
      "op woensdag 9 december van 10.00 tot 11.00 uur",
      "nl",
      TUE,
      "Europe/Amsterdam",
      "2026-12-09T10:00:00+01:00",
    ],
    ["am 09.12. um 14:30 Uhr", "de", TUE, "Europe/Berlin", "2026-12-09T14:30:00+01:00"],
    ["Dienstag, 08.12., 14.30 Uhr bei uns", "de", TUE, "Europe/Berlin", "2026-12-08T14:30:00+01:00"],
    [
      "Could we move it to Tuesday 12/8, same time (9:00 AM CT)?",
      "en",
      TUE,
      "America/Chicago",
      "2026-12-08T09:00:00-06:00",
    ],
    ["el martes 8 de diciembre a las 3:00 p. m.", "es", TUE, "America/Bogota", "2026-12-08T15:00:00-05:00"],
    [
      "Come in on Friday 4 December at half past two.",
      "en",
      TUE,
      "Australia/Sydney",
      "2026-12-04T14:30:00+11:00",
    ],
    [
      "See you Thursday 3 December at quarter to ten.",
      "en",
      TUE,
      "Europe/London",
      "2026-12-03T09:45:00+00:00",
    ],
    [
      "dinsdag 8 december om 10:00 (Nederlandse tijd)",
      "nl",
      TUE,
      "Europe/London",
      "2026-12-08T10:00:00+01:00",
    ],
    ["le 8 décembre prochain à 10 heures", "fr", TUE, "Europe/Paris", "2026-12-08T10:00:00+01:00"],
    ["am kommenden Dienstag (8.12.) um 10 Uhr", "de", TUE, "Europe/Berlin", "2026-12-08T10:00:00+01:00"],
    ["na próxima terça (8/12), às 10h", "pt", TUE, "America/Sao_Paulo", "2026-12-08T10:00:00-03:00"],
    ["el jueves que viene a las 9:30", "es", TUE, "Europe/Madrid", "2026-12-03T09:30:00+01:00"],
    ["amanhã (quarta-feira, 2/12) às 14h", "pt", TUE, "America/Sao_Paulo", "2026-12-02T14:00:00-03:00"],
    // A weekday after a date in digits says which day the date is; alone it would be the next one.
    [
      "fica para o dia 9/12 (quarta-feira), às 10h",
      "pt",
      TUE,
      "America/Sao_Paulo",
      "2026-12-09T10:00:00-03:00",
    ],
    ["no dia 9/12, quarta-feira, às 10h", "pt", TUE, "America/Sao_Paulo", "2026-12-09T10:00:00-03:00"],
    ["on 12/9 (Wed) at 10am", "en", TUE, "America/New_York", "2026-12-09T10:00:00-05:00"],
    // Flemish letters label the hour "Uur:" under the date.
    [
      "Datum: dinsdag 8 december 2026\nUur: 10.00 uur",
      "nl",
      TUE,
      "Europe/Brussels",
      "2026-12-08T10:00:00+01:00",
    ],
    // Québec writes "13 h 30", with spaces, on the line under the date.
    [
      "• Date : le jeudi 3 décembre\n• Heure : 13 h 30 à 15 h 30 (heure de l'Est)",
      "fr",
      TUE,
      "America/Toronto",
      "2026-12-03T13:30:00-05:00",
    ],
    ["demain (mercredi) à 9h30", "fr", TUE, "Europe/Paris", "2026-12-02T09:30:00+01:00"],
    ["na quinta que vem às 14h", "pt", TUE, "Europe/Lisbon", "2026-12-03T14:00:00+00:00"],
    ["giovedì prossimo alle 15:00", "it", TUE, "Europe/Rome", "2026-12-03T15:00:00+01:00"],
    ["mercoledì 9 dicembre alle ore 10", "it", TUE, "Europe/Rome", "2026-12-09T10:00:00+01:00"],
    ["le mercredi 9 déc. à 14 h 30", "fr", TUE, "Europe/Paris", "2026-12-09T14:30:00+01:00"],
    [
      "quarta-feira, 9 de dezembro, das 10h às 11h",
      "pt",
      TUE,
      "America/Sao_Paulo",
      "2026-12-09T10:00:00-03:00",
    ],
    [
      "System Design — Wed 16 Dec 2026 · 18:00–19:00 (Japan Standard Time)",
      "en",
      TUE,
      "Asia/Tokyo",
      "2026-12-16T18:00:00+09:00",
    ],
    [
      "When: Thursday, December 3, 2026 · 10:30 AM – 11:00 AM (GMT)",
      "en",
      TUE,
      "Europe/Dublin",
      "2026-12-03T10:30:00+00:00",
    ],
    [
      "I've confirmed you for next Tuesday at 10:30 CT.",
      "en",
      TUE,
      "America/Chicago",
      "2026-12-08T10:30:00-06:00",
    ],
    ["Does Friday at 9am your time work?", "en", TUE, "America/Denver", "2026-12-04T09:00:00-07:00"],
    [
      "Could we move it to Thursday 12/17 at 10:00 ET instead?",
      "en",
      TUE,
      "America/New_York",
      "2026-12-17T10:00:00-05:00",
    ],
    ["Date 12-14-2026 Time 10:00:00 – 11:00:00", "en", TUE, "America/New_York", "2026-12-14T10:00:00-05:00"],
    [
      "mañana jueves a las 10:00 (hora de Ciudad de México)",
      "es",
      Date.parse("2026-12-10T03:30:00Z"),
      "America/New_York",
      "2026-12-10T10:00:00-06:00",
    ],
    ["Tuesday at 3pm SGT", "en", TUE, "America/New_York", "2026-12-08T15:00:00+08:00"],
    [
      "Date: 14-Jan-2027 Time: 09:30 AM - 10:15 AM Eastern Standard Time",
      "en",
      TUE,
      "America/Chicago",
      "2027-01-14T09:30:00-05:00",
    ],
    [
      "Data: sexta-feira, 22 de janeiro de 2027 Hora: 10h00",
      "pt",
      TUE,
      "Europe/Lisbon",
      "2027-01-22T10:00:00+00:00",
    ],
    ["Date 07-12-2026 Time 14:30:00", "en", TUE, "Europe/London", "2026-12-07T14:30:00+00:00"],
    ["Wednesday Dec. 9th, 07:30 pm Asia/Kolkata", "en", TUE, "America/New_York", "2026-12-09T19:30:00+05:30"],
    ["Je vous confirme l'entretien demain à 10h30.", "fr", TUE, "Europe/Paris", "2026-12-02T10:30:00+01:00"],
    ["am Donnerstag, 17.12.2026, um 14:00 Uhr", "de", TUE, "Europe/Berlin", "2026-12-17T14:00:00+01:00"],
    [
      "el martes 19 de enero a las 16:00 (hora peninsular)",
      "es",
      TUE,
      "Europe/Madrid",
      "2027-01-19T16:00:00+01:00",
    ],
    [
      "10:00am - 10:30am (Central Time - US & Canada) on Wednesday, January 13, 2027",
      "en",
      TUE,
      "America/New_York",
      "2027-01-13T10:00:00-06:00",
    ],
  ])("reads %j", (text, lang, ref, zone, iso) => {
    expect(findStart(text, lang, ref, zone, false)?.start).toBe(iso);
  });

  // The ways fresh mail wrote a slot in the ninth session: an arrival field, a day closing one
  // sentence and the clock opening the next, a British dotted clock, German day-months before a
  // comma, ordinal days, and dates in Cyrillic, Hebrew, Japanese, Czech and Polish. (The
  // language is asked only of chrono; these rewrites come before it and do not depend on it.)
  it.each<[string, string, string]>([
    [
      "America/New_York",
      "New date: Tuesday, January 19, 2027\nArrival: 9:00 AM Central\nLocation: 401 N Wabash Ave",
      "2027-01-19T09:00:00-06:00",
    ],
    [
      "Europe/Berlin",
      "Datum: Donnerstag, 14. Januar 2027\nAnkunft: 8:45 Uhr\nOrt: Empfang",
      "2027-01-14T08:45:00+01:00",
    ],
    [
      "America/New_York",
      "We'd like to bring you to our office on Monday, February 8. Please plan to arrive at 9:30 AM; the day runs until 3:00 PM.",
      "2027-02-08T09:30:00-05:00",
    ],
    [
      "Europe/Berlin",
      "Wir freuen uns, Sie am Donnerstag, 14. Januar bei uns zu begrüßen. Bitte seien Sie um 9:15 Uhr am Empfang.",
      "2027-01-14T09:15:00+01:00",
    ],
    [
      "Asia/Singapore",
      "Would 4.30pm SGT on Wednesday 20 January work for a video interview?",
      "2027-01-20T16:30:00+08:00",
    ],
    [
      "Europe/Moscow",
      "Приглашаем вас на собеседование 3 марта 2027 г. в 11:30 (мск), онлайн.",
      "2027-03-03T11:30:00+03:00",
    ],
    [
      "Europe/Sofia",
      "Дата: сряда, 10 март 2027 г.\nЧас: 14:00 ч.\nМясто: онлайн",
      "2027-03-10T14:00:00+02:00",
    ],
    [
      "Asia/Jerusalem",
      "נשמח לקבוע ראיון ביום חמישי, 4 בפברואר 2027, בשעה 10:30.",
      "2027-02-04T10:30:00+02:00",
    ],
    ["Asia/Tokyo", "日時：2027年2月9日（火）午後2時半～3時半", "2027-02-09T14:30:00+09:00"],
    [
      "Europe/Prague",
      "Potvrzujeme Vám technický pohovor v úterý 2. března v 9:30 v naší kanceláři.",
      "2027-03-02T09:30:00+01:00",
    ],
    [
      "Europe/Warsaw",
      "Zapraszamy na rozmowę kwalifikacyjną 4 lutego 2027 o godz. 10:00.",
      "2027-02-04T10:00:00+01:00",
    ],
    ["Europe/Berlin", "Passt dir Dienstag, 19.1., um 16 Uhr?", "2027-01-19T16:00:00+01:00"],
    ["Europe/Berlin", "Passt dir Dienstag, 19.01., um 16 Uhr?", "2027-01-19T16:00:00+01:00"],
    [
      "Asia/Tokyo",
      "12月9日（水）14:00〜15:00（日本時間）にて一次面接を確定いたします。",
      "2026-12-09T14:00:00+09:00",
    ],
    [
      "America/Sao_Paulo",
      "Ficou agendada a entrevista para segunda-feira, 1º/03, às 14h30, por Teams.",
      "2027-03-01T14:30:00-03:00",
    ],
  ])("in %s reads %j", (zone, text, iso) => {
    expect(findStart(text, "en", TUE, zone, false)?.start).toBe(iso);
  });

  it("takes the new slot when the text says it moved from one time to another", () => {
    const text =
      "Your Interview session is rescheduled from 2027-01-12 10:00:00 - 11:00:00 to 2027-01-14 15:00:00 - 16:00:00";
    expect(findStart(text, "en", Date.parse("2027-01-11T17:20:00Z"), "Europe/London", true)?.start).toBe(
      "2027-01-14T15:00:00+00:00",
    );
  });

  it.each(["It will take about 30 minutes.", "Let's talk sometime next week.", "Reply within 24 hours."])(
    "finds no concrete time in %j",
    (text) => {
      expect(findStart(text, "en", TUE, "America/New_York", false)).toBeNull();
    },
  );
});
