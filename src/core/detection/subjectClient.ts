import { compact, fold } from "./fold";
import { firmName, notOrgPhrase, onlyInTitles, personName } from "./notAFirm";
import { NAME, POST_WORDS } from "./partyWords";
import { subjectOrg } from "./subjectNames";
import type { VetInput } from "./vetInput";

/**
 * An agency titles its mail with the client ("Maison Orsay Parfums – premier entretien"): the
 * subject segment that is a firm and not the agency, a person or a phrase.
 */
const CLIENT_LABEL = new RegExp(
  String.raw`\b(?:[Cc]lient|[Cc]liente|[Kk]unde|[Kk]lant|[Oo]pdrachtgever|[Mm]andant)\s*:\s*(${NAME})`,
  "u",
);

const ROLE_COMMA = new RegExp(String.raw`\b(?:${POST_WORDS}), (${NAME})\s*$`, "u");

const PLACE_BEFORE = /(?:^|\s)(?:en|in|à|em|no|na|near|nahe|nach|a)\s$/i;

function writtenAsPlace(name: string, text: string): boolean {
  for (let i = text.indexOf(name), n = 0; i >= 0 && n < 8; i = text.indexOf(name, i + name.length), n++)
    if (PLACE_BEFORE.test(text.slice(Math.max(0, i - 6), i))) return true;
  return false;
}

export function subjectClient(
  input: VetInput,
  hay: string,
  agency: string,
  people: Set<string>,
  severalWords = false,
): string | null {
  // "Gerente Comercial | Cliente: Viña Cordillera": the agency labels the client in its title.
  const labelled = CLIENT_LABEL.exec(input.subject)?.[1];
  const labelledFirm = labelled ? firmName(labelled) : null;
  if (labelledFirm && compact(labelledFirm) !== compact(agency) && !personName(labelledFirm, input, hay))
    return labelledFirm;
  const known = [agency];
  const ownerFold = fold(input.ownerName);
  let name = subjectOrg(input.subject, ownerFold, known, people, input.text);
  // Past the lone words to a segment of several ("Usted sido invitado a …").
  while (severalWords && name && !name.includes(" ") && known.length < 4) {
    known.push(name);
    name = subjectOrg(input.subject, ownerFold, known, people, input.text);
  }
  // "Key Account Manager Gran Consumo (Grupo Solaris)": past a job title's start to the next segment.
  // "Interview – Sr. Accountant @ Prairie Mutual": past a job title to the firm.
  while (name && name.includes(" ") && known.length < 4 && (onlyInTitles(name, hay) || notOrgPhrase(name))) {
    known.push(name);
    name = subjectOrg(input.subject, ownerFold, known, people, input.text);
  }
  // "… – Senior Quant Developer role, Harbourlight Capital": the firm after the role and a comma.
  if (!name || (severalWords && !name.includes(" "))) name = ROLE_COMMA.exec(input.subject)?.[1] ?? name;
  if (
    !name ||
    (severalWords && !name.includes(" ")) ||
    compact(name).startsWith(compact(agency)) ||
    personName(name, input, hay)
  )
    return null;
  // "Project Controls Lead": the start of a job title.
  if (onlyInTitles(name, hay)) return null;
  // "Mozo de almacén – Riba-roja" with "el almacén en Riba-roja": one word the body writes as a
  // place is where the job is, not who offers it.
  if (!name.includes(" ") && writtenAsPlace(name, input.text)) return null;
  const firm = firmName(name);
  // A subject writes "The Harlow & Kent Company" as the firm calls itself.
  return firm && name.startsWith("The ") && name.endsWith(firm) ? name : firm;
}
