import { CLIENT_MENTION } from "./partyWords";

const CLIENT_ANY = /client|cliente|kunde|kundin|klant|opdrachtgever|auftraggeber|mandant/i;

/**
 * Whether a word for a client (a firm the writer recruits for) appears at all, in any of the
 * seven languages: the cheap test asked before the readers that need one.
 */
export function clientWordIn(text: string): boolean {
  return CLIENT_ANY.test(text);
}
// "The role is client-facing", "our client services team": the word describes work, not a firm
// the writer recruits for.
const CLIENT_AS_KIND =
  /\bclients?[- ](?:facing|side|base|services?|success|relations(?:hips?)?|portfolio|delivery|experience|work|projects?|engagements?)\b/gi;

// A search firm speaks of a client it does not name: a retained or confidential search "for a
// founder-led consumer health business", "para um grupo do setor agroalimentar".
const UNNAMED_CLIENT =
  /\b(?:retained (?:on|for) (?:a|an|the) [\w -]{0,30}search|confidential (?:search|mandate|assignment)|(?:i'll|i will|we'll|we will) (?:share|disclose|reveal) the (?:client'?s? )?name|processo confidencial para|proceso confidencial para|mandat confidentiel|recherche confidentielle pour|vertrauliche[nrs]? (?:mandat|suche|auftrag)|ricerca riservata per|vertrouwelijke (?:opdracht|zoektocht|search) voor)\b/i;

/** Whether a search firm speaks of a client it does not name ("a confidential search for …"). */
export function unnamedClient(text: string): boolean {
  return UNNAMED_CLIENT.test(text);
}

/** Whether the writer speaks of a client (a firm it works for), in any of the seven languages. */
export function mentionsClient(text: string): boolean {
  if (!CLIENT_ANY.test(text)) return UNNAMED_CLIENT.test(text);
  return CLIENT_MENTION.test(text.replace(CLIENT_AS_KIND, " ")) || UNNAMED_CLIENT.test(text);
}
