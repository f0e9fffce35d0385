/**
 * The legal forms firms write after their names ("Voss GmbH", "Conservas del Cantábrico, S.A.",
 * "Cajuína Tecnologia Ltda."), in one list: every reader that takes a form off a name, or asks
 * whether a name is written with one, builds its pattern from here, so a form added here is known
 * to all of them.
 */

/**
 * The forms as firms write them, in the usual case: the readers of names in running text ask for
 * it ("Fabrikam as a" is no "a.s."), those that read a name already taken out of it ignore it. A
 * form written with dots keeps them there, bar the last ("S.r.l", "S. A."); there, the same
 * letters without dots are read only where listed too ("SA", "SpA"). Of two words, the first may
 * take a full stop ("Pty. Ltd").
 */
export const LEGAL_FORMS: readonly string[] = [
  // English-speaking countries
  "Inc",
  "LLC",
  "LLP",
  "Ltd",
  "Limited",
  "Corp",
  "Corporation",
  "plc",
  "PLC",
  "Pty Ltd",
  "Pvt Ltd",
  "Pty",
  "Pvt",
  "Pte",
  "DAC",
  "ULC",
  // Québec writes its forms in lower case ("Logiciels Cap-Rouge inc.", "Boréal ltée").
  "inc",
  "Ltée",
  "ltée",
  // German-speaking countries
  "GmbH",
  "mbH",
  "AG",
  "KG",
  "KGaA",
  "OHG",
  "UG",
  "eG",
  "AöR",
  "SE",
  // French, Spanish, Portuguese, Italian, Dutch and Belgian
  "S.A.",
  "SA",
  "S.A.S.",
  "SAS",
  "S.A.U.",
  "SARL",
  "Sàrl",
  "S.à r.l.",
  "S.L.",
  "SL",
  "S.L.U.",
  "Lda",
  "Ltda",
  "S/A",
  "S.r.l.",
  "Srl",
  "S.p.A.",
  "SpA",
  "B.V.",
  "BV",
  "N.V.",
  "NV",
  "U.A.",
  "BVBA",
  "SPRL",
  "VZW",
  "ASBL",
  // Nordic, Central European, Japanese in Latin letters
  "Oy",
  "Oyj",
  "AB",
  "A/S",
  "ApS",
  "ASA",
  "AS",
  "Kft",
  "OÜ",
  "s.r.o.",
  "a.s.",
  "K.K.",
];

const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * One form's pattern. Written: its dots where they are, the last optional (a pattern adds it) and
 * a space allowed after each. Loose: its letters with any dots and spaces between them.
 */
function formSource(form: string, loose: boolean): string {
  if (form.includes(".")) {
    const letters = [...form.replace(/[.\s]/g, "")].map(escaped);
    if (loose) return letters.join(String.raw`\.?\s?`);
    const parts = form
      .replace(/\.$/, "")
      .split(/\.\s?/)
      .map((p) => p.split(" ").map(escaped).join(" "));
    return parts.join(String.raw`\.\s?`);
  }
  return form
    .split(" ")
    .map(escaped)
    .join(String.raw`\.?\s+`);
}

// The longest first, so that "Pty Ltd" is read before "Pty" and "S.A.S." before "S.A.".
const byLength = [...LEGAL_FORMS].sort((a, b) => b.length - a.length);

/** The forms as firms write them, one alternation (no group around it); a last full stop is the caller's. */
export const WRITTEN_FORMS = [...new Set(byLength.map((f) => formSource(f, false)))].join("|");

/** The forms however dotted, for reading in any case; one alternation, a last full stop the caller's. */
const LOOSE_FORMS = [...new Set(byLength.map((f) => formSource(f, true)))].join("|");

/**
 * Legal forms closing a name, several in a row ("Brianza Logistica S.r.l.", "Nordvik AS"), each
 * perhaps after a comma and with its full stop; any case.
 */
export const LEGAL_TAIL = new RegExp(String.raw`(?:,?\s+(?:${LOOSE_FORMS})\.?)+$`, "i");

/** A text that is a legal form and nothing else ("Lda.", "GmbH"); any case. */
export const LEGAL_FORM_ALONE = new RegExp(String.raw`^(?:${LOOSE_FORMS})\.?$`, "i");

/** A word of a name that is a legal form as firms write it ("GmbH", "S.r.l."). */
export const WRITTEN_FORM_WORD = new RegExp(String.raw`^(?:${WRITTEN_FORMS})\.?$`, "u");
