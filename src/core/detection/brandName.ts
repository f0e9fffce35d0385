import { literalPattern } from "./literalPattern";
import { compact } from "./fold";

/**
 * "Fabrikam India", "Contoso UK", "Northwind Deutschland": a signature often adds the country
 * unit to the name the rest of the mail uses. When the item also names the organisation without
 * the region, that shorter name is how it names the employer.
 */
const REGION =
  /\s+(?:India|UK|U\.K\.|US|USA|Ireland|Deutschland|Germany|Austria|Österreich|Schweiz|Suisse|Switzerland|France|España|Spain|Italia|Italy|Portugal|Brasil|Brazil|México|Mexico|Nederland|Netherlands|Belgium|Belgique|België|Benelux|Nordics|Iberia|DACH|EMEA|APAC|LATAM|Americas|Europe|Asia|Australia|Canada|Singapore|Japan|China|Poland|Polska)$/u;

// "Woodgrove Bank Technology Centre": a site of the firm, named after it.
const CENTRE =
  /\s+(?:Technology|Innovation|Delivery|Development|Engineering|Operations|Service|Services|Shared Services|Global Capability|Capability|Support|Competence) Cent(?:re|er)$/u;

export function brandName(name: string | null, text: string): string | null {
  if (!name) return name;
  const m = REGION.exec(name) ?? CENTRE.exec(name);
  if (!m) return name;
  const short = name.slice(0, m.index);
  if (short.length < 2) return name;
  // The short form must stand alone somewhere (not only as the start of the long one).
  const standalone = new RegExp(
    `(?:^|[^\\p{L}\\p{N}])${literalPattern(short)}(?![\\p{L}\\p{N}]|${literalPattern(m[0])})`,
    "u",
  );
  return standalone.test(text) ? short : name;
}

// Words a firm's own tools add to its name: "Ardentis Nuage", "Southern Cross Freight Cloud"
// (the firm's own calendar server signs its mail).
const UNIT = /\s+(?:Cloud|Nuage|Nextcloud|Calendar|Kalender|Agenda|Webmail)$/u;

/**
 * The firm without its tool's word when the sender's own domain spells the rest: the domain says
 * which part is the firm's name (southerncrossfreight.com.au for "Southern Cross Freight Cloud").
 */
export const TOOL_WORD = UNIT;

export function domainBrand(name: string | null, domainLabel: string | null, address = ""): string | null {
  if (!name || !domainLabel) return name;
  const m = UNIT.exec(name);
  if (!m) return name;
  // ("Bristlecone Cloud" from talent@bristlecone.cloud: the domain's ending spells that word, so
  // it is the firm's own.)
  if (address.toLowerCase().endsWith(`.${m[0].trim().toLowerCase()}`)) return name;
  const short = name.slice(0, m.index);
  const key = compact(short);
  return key.length >= 3 && key === domainLabel.replace(/-/g, "") ? short : name;
}
