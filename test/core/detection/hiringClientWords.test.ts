import fc from "fast-check";
import { HIRING_CLIENT_WORDS, hiringClient } from "../../../src/core/detection/hiringClient";
import { KeywordScan } from "../../../src/core/detection/keywordScan";

/**
 * readParties skips a hiringClient pattern when none of its words occurs in the lower-cased text;
 * the word lists must hold a word of every match, so skipping never changes the answer.
 */
describe("HIRING_CLIENT_WORDS", () => {
  const scan = new KeywordScan(HIRING_CLIENT_WORDS);
  const piece = fc.constantFrom(
    "Northwind Traders",
    "Tailwind Bank",
    "Alder Systems",
    "Hudson People",
    "Fabrikam",
    " would like to interview you",
    " would like to speak",
    " Would Love To Talk",
    " WOULD LOVE TO INVITE",
    " wants to interview",
    " want to meet",
    " is keen to meet",
    " souhaite vous recevoir",
    " souhaiterait vous inviter",
    " möchten Sie kennenlernen",
    " MOCHTE DICH gerne einladen",
    " desea entrevistarte",
    " quiere conocerle",
    " vorrebbe conoscerti",
    " desidera incontrarla",
    " Sie als letzte Kandidatin einlädt",
    " gostaria de entrevistar",
    " wil je graag ontmoeten",
    " wil u graag uitnodigen",
    " would like to",
    " graag",
    " WOULD LOVE TO MEET",
    " has invited you",
    " wants to meet",
    " is keen to interview",
    " souhaiterait vous rencontrer",
    " möchte Sie gerne kennenlernen",
    " MÖCHTEN dich einladen",
    " quisiera conocerte",
    " vorrebbe incontrarti",
    " gostaria de te conhecer",
    " wil u graag spreken",
    "Herr Aigner von ",
    "im Namen des Vorstands der ",
    "on behalf of the Chair of ",
    "Mr Okafor from ",
    "M. Durand de ",
    "the role at ",
    "interview with the hiring manager at ",
    "Gespräch bei ",
    "stelle bei ",
    "vaga no ",
    "functie bij ",
    "interview with ",
    "call con ",
    "gesprach mit ",
    "Interview With ",
    " ",
    "\n",
    ", ",
    ". ",
    "the ",
  );
  it("never skips a pattern that would have named the client", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const text = parts.join("");
        const found = scan.scan(text.toLowerCase());
        const people = new Set<string>();
        // (In an agency's mail, so the titled-person pattern runs too.)
        for (const viaAgency of [false, true])
          expect(hiringClient(text, "Contoso", people, "", (g) => found.has(g), viaAgency)).toBe(
            hiringClient(text, "Contoso", people, "", undefined, viaAgency),
          );
      }),
      { numRuns: 1500 },
    );
  });
});
