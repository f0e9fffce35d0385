import { FIRM_KIND, ORG_TAIL } from "./orgWords";
import { ORG_OPENER } from "./partyWords";

/**
 * Whether a name of two words or more opens like a firm's ("Banco Pinhal", "Clínica Aurora") or
 * ends like one ("Halcyon Logistics", "Fabrikam Group"): read where a person's name ("Maya Chen")
 * or a department ("Gestão de Risco") would be taken as often.
 */
export function firmShaped(name: string): boolean {
  const space = name.indexOf(" ");
  if (space < 0) return false;
  const last = name.slice(name.lastIndexOf(" ") + 1);
  return ORG_OPENER.test(`${name.slice(0, space)} `) || FIRM_KIND.test(last) || ORG_TAIL.test(last);
}
