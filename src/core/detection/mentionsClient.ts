import { CLIENT_MENTION } from "./partyWords";

const CLIENT_ANY = /client|cliente|kunde|klant|opdrachtgever|auftraggeber|mandant/i;
// "The role is client-facing", "our client services team": the word describes work, not a firm
// the writer recruits for.
const CLIENT_AS_KIND =
  /\bclients?[- ](?:facing|side|base|services?|success|relations(?:hips?)?|portfolio|delivery|experience|work|projects?|engagements?)\b/gi;

/** Whether the writer speaks of a client (a firm it works for), in any of the seven languages. */
export function mentionsClient(text: string): boolean {
  if (!CLIENT_ANY.test(text)) return false;
  return CLIENT_MENTION.test(text.replace(CLIENT_AS_KIND, " "));
}
