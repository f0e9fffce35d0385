import { compact } from "./fold";
import { LEGAL_TAIL, WRITTEN_FORMS } from "./legalForms";
import { NAME } from "./partyWords";

// "une société du", "a subsidiary of", "Tochtergesellschaft der": the words that say a firm belongs
// to a group. Every match of PART_OF_GROUP contains them, and a text without them is not searched
// with the whole pattern, whose names are tried at every capital.
const BELONGS_TO = String.raw`(?:a (?:subsidiary|member company|company|division|part)|part|une (?:société|filiale|entreprise|marque)|filiale|una (?:empresa|sociedad|società|filial)|uma (?:empresa|sociedade|filial)|società|ein (?:Unternehmen|Tochterunternehmen)|eine (?:Tochter|Tochtergesellschaft|Marke)|een (?:onderdeel|dochteronderneming|bedrijf)|onderdeel) (?:of|du|de la|de l'|des|de|do|da|del|della|dello|der|van|di)(?: the| het)?`;
// (Its words are all within the Basic Multilingual Plane: no u flag needed, and cheaper without.)
const BELONGS_GATE = new RegExp(BELONGS_TO);

/**
 * "Vireval Énergies – une société du Groupe Vireval", "Corrigan Rail Services Ltd is a subsidiary
 * of Corrigan Group plc", "Farmacias Solana, una empresa de Grupo Solana": a firm that says it
 * belongs to a group. The firm is the one that hires; the group is what its mail names as often.
 */
const PART_OF_GROUP = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${NAME})(?:,? (?:${WRITTEN_FORMS})\.?)?,?(?: [–—-])? (?:(?:is|é|es|est|ist|è) )?${BELONGS_TO} (\p{Lu}[^\n,.;()]{1,50})`,
  "gu",
);

/** The firm `company` (a group) owns that the mail says belongs to it, or null. */
export function hiringSubsidiary(company: string, hay: string): string | null {
  const group = compact(company.replace(LEGAL_TAIL, ""));
  if (group.length < 3 || !BELONGS_GATE.test(hay)) return null;
  PART_OF_GROUP.lastIndex = 0;
  for (let m = PART_OF_GROUP.exec(hay); m; m = PART_OF_GROUP.exec(hay)) {
    const firm = (m[1] ?? "").replace(LEGAL_TAIL, "");
    const owner = compact((m[2] ?? "").replace(LEGAL_TAIL, ""));
    // The group named is the company read; the firm is another name, not the group's own.
    if (owner.startsWith(group) || group.startsWith(owner)) {
      if (firm.length >= 3 && compact(firm) !== group) return firm;
    }
  }
  return null;
}
