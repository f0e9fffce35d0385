import { numberFromWords, numbersInWords } from "../../../src/core/detection/numbersInWords";

describe("numberFromWords", () => {
  it.each([
    ["dix-sept", 17],
    ["diecisiete", 17],
    ["vinte e tres", 23],
    ["ventitre", 23],
    ["trentuno", 31],
    ["treinta y uno", 31],
    ["vingt et un", 21],
    ["deux mille vingt-six", 2026],
    ["dos mil veintiseis", 2026],
    ["dois mil e vinte e sete", 2027],
    ["duemilaventisette", 2027],
  ])("reads %s as %d", (words, n) => {
    expect(numberFromWords(words)).toBe(n);
  });

  it.each([["bonjour"], ["madame"], ["le jeudi"]])("reads no number from %s", (words) => {
    expect(numberFromWords(words)).toBeNull();
  });
});

describe("numbersInWords", () => {
  it.each([
    [
      "le jeudi dix-sept décembre deux mille vingt-six, à dix heures, en notre siège",
      "le jeudi 17 décembre 2026, à 10:00, en notre siège",
    ],
    [
      "el jueves, diecisiete de diciembre de dos mil veintiséis, a las nueve horas y treinta minutos",
      "el jueves, 17 de diciembre de 2026, a las 9:30",
    ],
    [
      "no dia vinte e três de março de dois mil e vinte e sete, às catorze horas e trinta minutos",
      "no dia 23 de março de 2027, às 14:30",
    ],
    [
      "il giorno ventitré marzo duemilaventisette alle ore dieci e trenta",
      "il giorno 23 marzo 2027 alle ore 10:30",
    ],
    ["le premier février à neuf heures et demie", "le 1 février à 9:30"],
    ["el treinta y uno de enero a las once horas", "el 31 de enero a las 11:00"],
  ])("writes %j in digits", (text, digits) => {
    expect(numbersInWords(text)).toBe(digits);
  });

  it.each([
    // Articles are no numbers; a month with its day in digits is dated already; "alle tre e mezza"
    // is read elsewhere.
    "Une entrevue en décembre. Un colloquio a marzo.",
    "Due dicembre 3 is the deadline",
    "lunedì 8 febbraio alle tre e mezza del pomeriggio",
    "Thursday, December 17 at 10:00",
  ])("leaves %j as written", (text) => {
    expect(numbersInWords(text)).toBe(text);
  });
});
