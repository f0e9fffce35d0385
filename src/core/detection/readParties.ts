import { compact, fold } from "./fold";

/**
 * Reads the hiring company and the staffing agency as the item names them in words. An e-mail
 * domain alone does not name a company, but it tells which capitalised phrase in the text is an
 * organisation ("Adventure Works" for adventure-works.com) and which side it is on.
 */

export interface Party {
  name: string;
  address: string;
  /** How the party appears: organizer/sender, attendee or recipient, or an address in the text. */
  via: "sender" | "attendee" | "text";
}

export interface Parties {
  company: string | null;
  agency: string | null;
  signals: string[];
}

/** Mail hosts and scheduling tools: their domains say nothing about the employer. */
const NEUTRAL_DOMAINS = new Set([
  "gmail",
  "googlemail",
  "outlook",
  "hotmail",
  "live",
  "msn",
  "yahoo",
  "icloud",
  "me",
  "aol",
  "proton",
  "protonmail",
  "gmx",
  "web",
  "orange",
  "free",
  "wanadoo",
  "laposte",
  "yandex",
  "mail",
  "bigpond",
  "libero",
  "ziggo",
  "t-online",
  "cal",
  "calendly",
  "talentloop",
  "greenhouse",
  "lever",
  "workday",
  "myworkday",
  "smartrecruiters",
  "ashbyhq",
  "zoom",
  "teams",
  "google",
  "microsoft",
  "gauzy",
  "odoo",
  "noreply",
  "icims",
  "jobvite",
  "bamboohr",
  "workable",
  "teamtailor",
  "personio",
  "recruitee",
  "breezy",
  "jazzhr",
  "successfactors",
  "taleo",
  "hirevue",
  "coderpad",
  "hackerrank",
  "codility",
]);

/** Talent marketplaces that place freelancers with clients: they act as the agency. */
const MARKETPLACES = /^(?:topcoder|toptal|upwork|andela|turing|hired|braintrust|gun\.io|x-team)\b/i;

/** Words that mark a recruiting or staffing firm. */
const AGENCY_WORDS =
  /\b(?:staffing|recruit(?:ing|ment|ers)?|talent|search|headhunt\w*|personal(?:beratung|service)?|conseil|consulting|consultants?|placement|resourcing|selecta|seleccion|selection|rh|interim|zeitarbeit|executive search|technical resources|tech partners|it staffing)\b/i;

/** Functional suffixes in a sender's display name ("Fabrikam Hiring", "X – Personal"). */
const FUNCTION_WORDS =
  /\b(?:hiring|recruiting|recruitment|recrutement|careers?|jobs?|talent(?: acquisition| team)?|people(?: team)?|hr|human resources|team|scheduling|karriere|personal|empleo|rh|notifications?|no-?reply|do-not-reply|research ops|admissions|bewerbung|talentos|carreiras|vagas|lavora con noi|werken bij|human capital|човешки ресурси|גיוס)\b/giu;

const CONNECTORS: Record<string, string[]> = {
  "&": ["", "and", "et", "und", "y", "e", "n"],
  and: ["", "and"],
  et: ["", "et"],
  und: ["", "und"],
  y: ["", "y"],
  e: ["", "e"],
};

const FUNCTION_WORD =
  /^(?:hiring|recruiting|recruitment|recrutement|careers?|jobs?|talent|team|people|hr|scheduling|karriere|personal|empleo|rh|notifications?|research|admissions|ops|acquisition)$/i;
// Capitalised words that start a sentence or label rather than continue a name.
const STOP_CAPS =
  /^(?:dear|hi|hello|hallo|bonjour|hola|the|we|our|your|you|i|is|are|date|time|when|where|who|what|type|location|interviewer|candidate|address|company|job|format|thank|thanks|best|regards|please|looking|confirming|great|good|note|all|this|on|in|at|for|with|to|from|and|or|de|la|le|el|der|die|das|mit|und|von|für|pour|avec|para|con|por|client|kunde|kunden|cliente|customer|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miercoles|miércoles|jueves|viernes|january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|confirmed|confirmation|reminder|invitation|updated|update|rescheduled|canceled|cancelled|booked|next|new|hq|office|headquarters|campus|interview|call|quick|call|einladung|ihr|votre|tu|su|re|fw|fwd)$/i;
const ORG_TAIL =
  /^(?:group|groupe|grupo|gruppe|partners|resources|labs?|holdings?|inc|llc|ltd|limited|plc|gmbh|ag|sa|sas|sl|bv|nv|spa|srl|corp|corporation|co|company|software|systems|consulting|conseil|bank|technologies|technology|solutions|international|digital)\.?$/i;

/** The registrable label of a domain: hiring.contoso.com → contoso, talent.co.uk → talent. */
const labelCache = new Map<string, string | null>();

export function domainLabel(address: string): string | null {
  let hit = labelCache.get(address);
  if (hit === undefined) {
    hit = computeLabel(address);
    if (labelCache.size > 5000) labelCache.clear();
    labelCache.set(address, hit);
  }
  return hit;
}

function computeLabel(address: string): string | null {
  const at = address.lastIndexOf("@");
  if (at < 0) return null;
  const parts = address
    .slice(at + 1)
    .toLowerCase()
    .split(".")
    .filter(Boolean);
  if (parts.length < 2) return null;
  let i = parts.length - 2;
  const secondLevel = /^(?:co|com|org|net|ac|gov|edu|gob|gouv)$/;
  if (secondLevel.test(parts[i] ?? "") && i > 0) i--;
  return parts[i] ?? null;
}

function isCapitalised(token: string): boolean {
  const c = token.charAt(0);
  return c !== c.toLowerCase() || (c === c.toUpperCase() && /\p{L}/u.test(c) && !/[a-z]/i.test(c));
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.]*|&/gu;

interface Token {
  text: string;
  /** compact(text), computed once: names are compared against several domains. */
  c: string;
  start: number;
  end: number;
}

function compactToken(t: string): string {
  // Most tokens are ASCII: lower-case letters and digits without Unicode normalisation.
  let out = "";
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 127) return compact(t);
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += t[i];
  }
  return out;
}

/** Drops a possessive "'s" and trailing dots or apostrophes ("Contoso's" → Contoso). */
function trimToken(raw: string): string {
  let end = raw.length;
  const last = raw.charCodeAt(end - 1);
  if ((last === 115 || last === 83) && end > 2 && (raw[end - 2] === "'" || raw[end - 2] === "’")) end -= 2;
  while (end > 1 && (raw[end - 1] === "." || raw[end - 1] === "'" || raw[end - 1] === "’")) end--;
  return end === raw.length ? raw : raw.slice(0, end);
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m && out.length < 20_000; m = TOKEN.exec(text)) {
    const t = trimToken(m[0]);
    out.push({ text: t, c: compactToken(t), start: m.index, end: m.index + t.length });
  }
  return out;
}

/**
 * Finds the phrase in `text` that spells the domain label, e.g. "Northstar Retail Group" for
 * northstarretail. Returns the phrase as written, or null.
 */
export function nameForDomain(
  text: string,
  tokens: Token[],
  label: string,
  firstOnly = false,
): string | null {
  if (label.length < 3) return null;
  const l = label.replace(/-/g, "");
  let best: string | null = null;
  for (let i = 0; i < (firstOnly ? Math.min(1, tokens.length) : tokens.length); i++) {
    const first = tokens[i];
    if (!first || !isCapitalised(first.text)) continue;
    const c0 = first.c;
    if (!c0 || !(l.startsWith(c0) || c0.startsWith(l))) continue;
    const end = extend(tokens, i, c0, l);
    if (end < 0) continue;
    let last = end;
    let extra = 0;
    while (last + 1 < tokens.length && extra < 2) {
      const next = tokens[last + 1];
      if (!next || !isCapitalised(next.text) || !/^\p{L}/u.test(next.text)) break;
      if (/^\p{Lu}{2,3}$/u.test(next.text) && !ORG_TAIL.test(next.text)) break;
      if (
        !ORG_TAIL.test(next.text) &&
        (FUNCTION_WORD.test(next.text) || ROLEISH.test(next.text) || STOP_CAPS.test(next.text))
      )
        break;
      if (text.slice(tokens[last]!.end, next.start) !== " ") break;
      last++;
      extra++;
    }
    const phrase = text.slice(first.start, tokens[last]!.end);
    if (!best || phrase.length > best.length) best = phrase;
  }
  return best;
}

/** Extends a match over following tokens while they keep spelling the label; returns the last index or -1. */
function extend(tokens: Token[], i: number, acc: string, label: string): number {
  if (acc === label || (acc.startsWith(label) && acc.length - label.length <= 4)) return i;
  if (!label.startsWith(acc) || i + 1 >= tokens.length || i > 10_000) return -1;
  const next = tokens[i + 1]!;
  const options = CONNECTORS[next.text.toLowerCase()];
  if (options) {
    for (const o of options) {
      if (o === "") {
        const r = extend(tokens, i + 1, acc, label);
        if (r >= 0) return r;
      } else if (label.startsWith(acc + o)) {
        const r = extend(tokens, i + 1, acc + o, label);
        if (r >= 0) return r;
      }
    }
    return -1;
  }
  // A name continues only through capitalised words or digits ("Adventure Works", "Studio 54").
  if (!isCapitalised(next.text) && !/^\p{N}/u.test(next.text)) return -1;
  const grown = acc + next.c;
  if (grown === label || (grown.startsWith(label) && grown.length - label.length <= 8)) return i + 1;
  if (label.startsWith(grown)) return extend(tokens, i + 1, grown, label);
  return -1;
}

/** E-mail addresses in text, found from each "@" outwards (a plain regex would rescan every word). */
function addressesIn(text: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf("@"); at >= 0 && out.length < 20; at = text.indexOf("@", at + 1)) {
    let a = at;
    while (a > 0 && at - a < 64 && /[\w.+-]/.test(text[a - 1] ?? "")) a--;
    let b = at + 1;
    while (b < text.length && b - at < 255 && /[\w.-]/.test(text[b] ?? "")) b++;
    const addr = text.slice(a, b).replace(/\.+$/, "");
    if (a < at && /@[\w-]+\.[\w.-]+$/.test(addr)) out.push(addr);
  }
  return out;
}

/**
 * Looks for the label's spelling only where its first letters occur, so a long body is not
 * tokenised once per domain.
 */
function findOrgName(hay: string, lowerHay: string, label: string): string | null {
  const l = label.replace(/-/g, "");
  if (l.length < 3) return null;
  const prefix = l.slice(0, 3);
  let best: string | null = null;
  let tries = 0;
  for (let idx = lowerHay.indexOf(prefix); idx >= 0 && tries < 40; idx = lowerHay.indexOf(prefix, idx + 1)) {
    if (idx > 0 && /[\p{L}\p{N}]/u.test(hay[idx - 1] ?? "")) continue;
    const ch = hay[idx] ?? "";
    if (ch === ch.toLowerCase()) continue;
    tries++;
    // A name is a handful of words: tokenise only a short window starting at the match.
    const win = hay.slice(idx, idx + 90);
    const found = nameForDomain(win, tokenize(win), label, true);
    if (found && (!best || found.length > best.length)) best = found;
  }
  return best;
}

/** An organisation named in a display name: "Fabrikam Hiring" → Fabrikam; "Dana Whitfield" → null. */
const displayCache = new Map<string, string | null>();

export function orgFromDisplayName(name: string, address: string): string | null {
  const key = `${name}\u0000${address}`;
  let hit = displayCache.get(key);
  if (hit === undefined) {
    hit = computeOrgFromDisplayName(name, address);
    if (displayCache.size > 5000) displayCache.clear();
    displayCache.set(key, hit);
  }
  return hit;
}

function computeOrgFromDisplayName(name: string, address: string): string | null {
  const raw = name.trim();
  if (!raw) return null;
  const via = /\s+via\s+/i.exec(raw);
  let base = via ? raw.slice(0, via.index) : raw;
  const parts = base.split(/\s+[–—|-]\s+|\s*·\s*/).filter(Boolean);
  const withFunction = parts.length > 1;
  base = parts.find((p) => p.replace(FUNCTION_WORDS, "").trim().length > 1) ?? "";
  const stripped = base.replace(FUNCTION_WORDS, " ").replace(/\s+/g, " ").trim();
  if (!stripped) return null;
  const hadFunctionWord = stripped !== base.trim() || withFunction || !!via;
  const local = fold(address.split("@")[0] ?? "");
  const label = domainLabel(address) ?? "";
  const c = compact(stripped);
  // A scheduling tool's own name ("Calendly", "Cal.com") is not the employer.
  if (NEUTRAL_DOMAINS.has(label) && !hadFunctionWord) return null;
  if (label && c && (label.startsWith(c) || c.startsWith(label.replace(/-/g, "")))) return stripped;
  if (MARKETPLACES.test(stripped)) return stripped;
  if (hadFunctionWord) return stripped;
  // A person's name mirrors the mailbox's local part (dana.whitfield, aford).
  if (
    local &&
    c &&
    (local.includes(compact(stripped.split(" ")[0] ?? "")) || compact(stripped).includes(local))
  )
    return null;
  return null;
}

const CLIENT =
  /\b(?:(?:our|my|the) client(?:'s)?|client interview (?:with|at)|notre client|unserem kunden|unser kunde|nuestro cliente|nuestra cliente|nosso cliente|onze klant|il nostro cliente|con il cliente|bij onze klant|(?:with|at) the client)[,:]?\s+/gi;
const AT_ORG =
  /\b(?:at|with|bei|chez|en|em|bij|presso|company|empresa|firma|soci[ée]t[ée]|l'entreprise|unternehmen|join|introduce you to)\s+/giu;

function capitalisedRun(text: string, from: number): string | null {
  const m =
    /^(?:[\p{Lu}][\p{L}\p{N}'’-]*\.?|&)(?: (?:[\p{Lu}][\p{L}\p{N}'’-]*|&|de|del|des|du|und|and|of)){0,4}/u.exec(
      text.slice(from, from + 80),
    );
  if (!m) return null;
  let s = m[0].replace(/\s+(?:de|del|des|du|und|and|of|&)$/u, "").replace(/[.'’]+$/, "");
  // Stop before words that start a new clause in titles ("Fabrikam Hiring", "Helio Bank Team").
  s = s.replace(
    /\s+(?:Team|Hiring|Recruiting|Careers|HR|Talent Team|The|For|To|On|In|Interview|Entretien|Entrevista)\b.*$/u,
    "",
  );
  return s.length >= 2 ? s : null;
}

const AGENCY_TAIL =
  /\b(?:Staffing|Recruiting|Recruitment|Personal|Talent Partners|Talent Group|Search Group|Search Partners|Consulting|Conseil|Selecta RH|IT Staffing|Technical Resources)\b/gu;
const AGENCY_HINT = /staffing|recruit|personal|talent|search|consult|conseil|selecta|resources/;

/** The capitalised run a subject segment starts with: "Brightline Logistics interview next Tuesday" → Brightline Logistics. */
function leadingName(seg: string): string | null {
  const words = seg.trim().split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    if (
      w === "&" ||
      (isCapitalised(w) && /^\p{L}/u.test(w) && !ROLEISH.test(w) && !(kept.length > 0 && STOP_CAPS.test(w)))
    )
      kept.push(w);
    else break;
  }
  while (kept.length && kept[kept.length - 1] === "&") kept.pop();
  const name = kept.join(" ").replace(/['’]s$/, "");
  return name.length >= 2 ? name : null;
}

/** An organisation named as a segment of the subject ("Interview – Thames Ledger – Risk Analyst"). */
function subjectOrg(
  subject: string,
  ownerNameFold: string,
  known: string[],
  people: Set<string>,
): string | null {
  const segs = subject
    .replace(/^\s*(?:re|aw|fwd?|tr|wg|rv)\s*:\s*/i, "")
    .split(
      /\s+[–—|-]\s+|\s*[:()]\s*|\s+\/\s+|\s+\/\/\s+|\s+<>\s+|\s+between\s+|\s+with\s+|\s+bei\s+|\s+chez\s+|\s+at\s+/i,
    );
  for (const seg of segs) {
    const s = leadingName(seg);
    if (!s || s.length > 40 || fold(s) === ownerNameFold || people.has(fold(s))) continue;
    if (s.split(/\s+/).length > 4 || STOP_CAPS.test(s.split(" ")[0] ?? "")) continue;
    if (known.some((k) => compact(k) === compact(s))) continue;
    return s;
  }
  return null;
}

export interface PartyInput {
  subject: string;
  text: string;
  senders: Party[];
  attendees: Party[];
  ownerAddress: string;
  ownerName: string;
  /** Internal-mobility interview: the hiring company is the owner's own. */
  internal?: boolean;
}

const ROLEISH =
  /\b(?:engineer|developer|manager|analyst|designer|director|lead|owner|architect|scientist|consultant|specialist|officer|head|vp|senior|junior|staff|principal|intern|recruiter|coordinator|ingenieur|entwickler|developpeur|desarrollador|analista|chef|cheffe|responsable|directrice|directeur|product|data|backend|frontend|interview|screen|round|call|chat|meeting|entretien|entrevista|gesprach|onsite|final|technical|phone|reminder|invitation|confirmation|scheduled|update|updated|rescheduled|re|fw|fwd)\b/i;

/** Picks company and agency for an item. */
export function readParties(input: PartyInput): Parties {
  // Names are compared with each other and with domains many times over; compact each once.
  const memo = new Map<string, string>();
  const compactM = (text: string): string => {
    let v = memo.get(text);
    if (v === undefined) {
      v = compact(text);
      memo.set(text, v);
    }
    return v;
  };
  const { subject, text, ownerAddress, ownerName } = input;
  const signals: string[] = [];
  const ownerLabel = domainLabel(ownerAddress);
  // Names sit in the subject, the opening lines and the signature of a short mail.
  const hay = `${subject}\n${text.length > 3000 ? text.slice(0, 3000) : text}`;
  const lowerHay = hay.toLowerCase();
  const inName = (name: string, label: string): string | null =>
    (name ? nameForDomain(name, tokenize(name), label) : null) ?? findOrgName(hay, lowerHay, label);
  const ownerNameFold = fold(ownerName);

  interface Org {
    name: string;
    role: "sender" | "attendee" | "text" | "client";
  }
  const orgs: Org[] = [];
  const add = (name: string | null, role: Org["role"]): void => {
    if (!name) return;
    const clean = name.trim();
    if (!clean || fold(clean) === ownerNameFold) return;
    if (!input.internal && ownerLabel && compactM(clean).startsWith(ownerLabel.replace(/-/g, ""))) return;
    // The same organisation seen again in a longer form ("Quillon" then "Quillon Systems"): keep the longer.
    const shorter = orgs.find(
      (o) => compactM(clean).startsWith(compactM(o.name)) && compactM(clean) !== compactM(o.name),
    );
    if (
      shorter &&
      role !== "client" &&
      !MARKETPLACES.test(shorter.name) &&
      clean.split(" ").length <= 4 &&
      !AGENCY_WORDS.test(clean.slice(shorter.name.length))
    ) {
      shorter.name = clean;
      return;
    }
    if (orgs.some((o) => compactM(o.name) === compactM(clean))) {
      if (role === "client")
        for (const o of orgs) if (compactM(o.name) === compactM(clean)) o.role = "client";
      return;
    }
    orgs.push({ name: clean, role });
  };

  const seen = new Set<string>();
  const byDomain = (p: Party, role: Org["role"]): void => {
    const label = domainLabel(p.address);
    if (!label || label === ownerLabel || NEUTRAL_DOMAINS.has(label) || seen.has(label)) return;
    seen.add(label);
    add(inName(p.name, label), role);
  };
  for (const p of input.senders) {
    const fromDisplay = orgFromDisplayName(p.name, p.address);
    if (fromDisplay) add(fromDisplay, "sender");
    byDomain(p, "sender");
  }
  for (const p of input.attendees) byDomain(p, "attendee");
  const emails = addressesIn(hay);
  for (const e of emails.slice(0, 20))
    if (fold(e) !== fold(ownerAddress)) byDomain({ name: "", address: e, via: "text" }, "text");

  CLIENT.lastIndex = 0;
  const mentionsClient = /client|kunde|klant/.test(lowerHay);
  for (let m = mentionsClient ? CLIENT.exec(hay) : null; m; m = CLIENT.exec(hay)) {
    const name = capitalisedRun(hay, m.index + m[0].length);
    if (name && !ROLEISH.test(name.split(" ")[0] ?? "") && !STOP_CAPS.test(name.split(" ")[0] ?? "")) {
      add(name, "client");
      break;
    }
  }

  // Subject segments like "Interview – Thames Ledger – Risk Analyst" or "Fabrikam | Phone Screen".
  const people = new Set([...input.senders, ...input.attendees].map((p) => fold(p.name)).filter(Boolean));
  // People named by template labels ("Interviewer: Daniel Brooks", "With: Victor Osei").
  for (const m of hay
    .slice(0, 6000)
    .matchAll(
      /\b(?:Interviewer|Interviewee|Recruiter|With|Who|Candidate|Host|Organizer)s?\s*:\s*(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})/gu,
    )) {
    if (m[1]) people.add(fold(m[1]));
  }
  // Booking tools print the event title on a labelled line ("Event Type: Recruiter Screen – Larkspur Energy").
  const titled =
    orgs.length === 0
      ? /\b(?:event type|event name|what|evento|événement|termin)\s*:\s*([^\n]{3,120})/i.exec(hay)?.[1]
      : undefined;
  if (orgs.length === 0 && titled) add(subjectOrg(titled, ownerNameFold, [], people), "text");
  if (orgs.length === 0) add(subjectOrg(subject, ownerNameFold, [], people), "text");
  if (orgs.length === 0) {
    AT_ORG.lastIndex = 0;
    for (let m = AT_ORG.exec(hay); m; m = AT_ORG.exec(hay)) {
      const name = capitalisedRun(hay, m.index + m[0].length);
      if (name && !ROLEISH.test(name) && fold(name) !== ownerNameFold && name.split(" ").length <= 4) {
        add(name, "text");
        break;
      }
    }
  }

  if (input.internal && ownerLabel) add(findOrgName(hay, lowerHay, ownerLabel), "client");
  if (!orgs.some((o) => AGENCY_WORDS.test(o.name)) && AGENCY_HINT.test(lowerHay)) {
    AGENCY_TAIL.lastIndex = 0;
    for (let m = AGENCY_TAIL.exec(hay); m; m = AGENCY_TAIL.exec(hay)) {
      // Look back from the agency word for up to three capitalised words on the same line.
      const before = /(?:\p{Lu}[\p{L}'’&-]* ){1,3}$/u.exec(hay.slice(Math.max(0, m.index - 60), m.index));
      if (!before) continue;
      const phrase = (before[0] + m[0]).trim();
      const head = compactM(phrase.replace(/\s+\S+$/, ""));
      if (orgs.some((o) => compactM(o.name).includes(head) || head.includes(compactM(o.name)))) continue;
      if (people.has(fold(phrase.replace(/\s+\S+$/, "")))) continue;
      add(phrase, "text");
      break;
    }
  }
  const hasCompany = orgs.some((o) => !AGENCY_WORDS.test(o.name) && !MARKETPLACES.test(o.name));
  if (!hasCompany && orgs.length > 0) {
    // An agency wrote it: the client is usually in the subject or after "with"/"at"/"to".
    const fromSubject = subjectOrg(
      subject,
      ownerNameFold,
      orgs.map((o) => o.name),
      people,
    );
    if (fromSubject) add(fromSubject, "client");
    else {
      AT_ORG.lastIndex = 0;
      for (let m = AT_ORG.exec(hay); m; m = AT_ORG.exec(hay)) {
        const name = capitalisedRun(hay, m.index + m[0].length);
        if (!name || ROLEISH.test(name) || STOP_CAPS.test(name.split(" ")[0] ?? "") || people.has(fold(name)))
          continue;
        if (fold(name) === ownerNameFold || orgs.some((o) => compactM(o.name) === compactM(name))) continue;
        if (
          /^\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}'’-]+$/u.test(name) &&
          /^(?:\s*[,(!]| on | at | from | um | le | el )/.test(
            hay.slice(m.index + m[0].length + name.length, m.index + m[0].length + name.length + 6),
          )
        )
          continue;
        add(name, "client");
        break;
      }
    }
  }

  let agency: string | null = null;
  let company: string | null = null;
  const client = orgs.find((o) => o.role === "client");
  const marketplace = orgs.find((o) => MARKETPLACES.test(o.name));
  const agencyLike = orgs.find((o) => o !== client && AGENCY_WORDS.test(o.name));
  if (marketplace) agency = marketplace.name;
  else if (agencyLike) agency = agencyLike.name;
  else if (client || orgs.some((o) => o.role === "attendee")) {
    const sender = orgs.find((o) => o.role === "sender");
    const other = client ?? orgs.find((o) => o.role === "attendee");
    if (sender && other && compactM(sender.name) !== compactM(other.name)) agency = sender.name;
  }
  const rest = orgs.filter((o) => o.name !== agency && !MARKETPLACES.test(o.name));
  company =
    client?.name ??
    rest.find((o) => o.role === "attendee")?.name ??
    rest.find((o) => o.role === "sender")?.name ??
    rest.find((o) => o.role === "text")?.name ??
    null;
  if (company) signals.push(`company named: ${company}`);
  if (agency) signals.push(`arranged by agency: ${agency}`);
  return { company, agency, signals };
}
