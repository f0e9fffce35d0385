import { holdAgency, ownHold } from "../../../src/core/detection/ownHold";
import type { VetInput } from "../../../src/core/detection/vetInput";

const owner = { name: "Marcus Webb", address: "marcus.webb@tailspintoys.com", via: "sender" as const };
const hold = (subject: string, text = ""): VetInput => ({
  company: null,
  agency: null,
  subject,
  text,
  sender: owner,
  attendees: [],
  ownerName: "Marcus Webb",
  ownerAddress: owner.address,
});

describe("ownHold", () => {
  it.each([
    ["HOLD - Bloom interview (tech)", "", "Bloom"],
    ["Appt", "onsite @ Corvid Labs – 3 rounds back to back\nbring ID", "Corvid Labs"],
    ["Termin", "Meyer Antriebstechnik – Fachgespräch mit Fallstudie.", "Meyer Antriebstechnik"],
    ["Perso", "Entretien final avec le directeur général de Norvalis – à leur siège.", "Norvalis"],
    ["Privé", "Tweede gesprek Bakker Logistiek met de teamleider.", "Bakker Logistiek"],
    [
      "Personale",
      "Primo colloquio conoscitivo con la responsabile selezione di Marchetti Impianti",
      "Marchetti Impianti",
    ],
    ["Personal", "Second round - Halberd Analytics\nMeeting the CTO.", "Halberd Analytics"],
    [
      "Appointment",
      "Final interview - Karri Shipping (CEO + CFO). Level 9. Bring printouts.",
      "Karri Shipping",
    ],
    ["Busy", "Panel interview – Wattle Energy. Leave office 8:15.", "Wattle Energy"],
    [
      "Appointment",
      "Phone screen with Jade Ross (recruiter) from Karri Water re Pricing Analyst.",
      "Karri Water",
    ],
    ["Call w/ Maya", "Maya Lin - recruiter, Solstice Health\nIntro call.", "Solstice Health"],
    ["Reservado", "Entrevista final con el director de finanzas de Cobre Andino (por Zoom).", "Cobre Andino"],
    ["Hold", "Panel interview w/ Larkfield Studio design team - Zoom link in Gmail.", "Larkfield Studio"],
    [
      "Privé",
      "Kennismakingsgesprek Noordlicht Logistics met de teamleider.\nVia Teams.",
      "Noordlicht Logistics",
    ],
    ["Contoso – 2nd round", "", "Contoso"],
    // An ordinal and a capitalised noun; a step in lower case with two kinds; a firm's recruiter after a dash.
    [
      "Privater Termin",
      "Zweites Gespräch Lindauer Optik (Fachbereich Einkauf, Frau Aydin)",
      "Lindauer Optik",
    ],
    ["Course", "entretien tél. RH - Maison Cordier (1er échange), appel sur le portable", "Maison Cordier"],
    ["Physio", "phone screen - Wattle Mutual recruiter (Sam) calls mobile. 20 min", "Wattle Mutual"],
    // A capitalised kind of step after the dash; a person met with their function in brackets, then the firm.
    ["Zahnarzt", "Kornfeld Energie – Technisches Interview (Live-Coding, 90 Min).", "Kornfeld Energie"],
    [
      "Hold",
      "Phone screen w/ Dana Ruiz (recruiter) - Tallis Health, Data Engineer. They'll call.",
      "Tallis Health",
    ],
    // Titles in brackets after one word are the people met at the firm.
    ["Hold", "Final round – Quarrystone (VP Eng + CTO), 2 hrs.", "Quarrystone"],
    ["Blocked", "2nd round - Vellamo (CFO & Head of Finance)", "Vellamo"],
    ["Private", "Lumen Freight – interview w/ hiring manager (Teams link in Gmail).", "Lumen Freight"],
    ["Privat: Nordstern | Vorstellungsgespräch", "", "Nordstern"],
    ["Appointment", "Halvard Shipping - stage 2: case presentation to the COO.", "Halvard Shipping"],
    ["Appointment", "Brightkeel Labs virtual onsite – 4 x 45 min, camera on.", "Brightkeel Labs"],
    ["Perso – RDV", "Entretien final Corvane avec le directeur général.", "Corvane"],
    ["Appuntamento", "Colloquio tecnico Datalupo – system design con due ingegneri", "Datalupo"],
    [
      "Compromisso",
      "Entrevista final com a diretoria da Cerrado Seguros (vaga de analista).",
      "Cerrado Seguros",
    ],
    // The firm whose recruiter or team the note names.
    [
      "Personal appointment",
      "Phone screen w/ Halden Mutual recruiter (Beth). She calls me.",
      "Halden Mutual",
    ],
    ["Errand", "Call with Sam from Birch & Vale talent team, step outside.", "Birch & Vale"],
    // The kind of step after the dash, a first or final conversation, an executive met.
    ["Dentist", "Not the dentist :)\nFabrikam – hiring manager interview w/ Priya", "Fabrikam"],
    ["Block - OOO", "Coho Winery – final conversation with the GM (Patricia).", "Coho Winery"],
    ["OOO – personal appt", "Final w/ Woodgrove CFO – Zoom link in gmail.", "Woodgrove"],
  ])("reads the firm in the owner's own hold %j", (subject, text, firm) => {
    expect(ownHold(hold(subject, text))).toBe(firm);
  });

  it.each([
    ["Annulation – entretien du 18/12", ""],
    ["Dentist", ""],
    ["Personal", "call with my sister about the weekend, then the hr forms"],
    ["Errand", "Phone – Owen will call you"],
    // A person and their firm in brackets, or an acronym and what it stands for.
    ["Personal", "phone screen - Dana (Crestline Search) re: Producer role"],
    ["Entretien final – CFIR (DG)", ""],
    // "with" a person (no title of a firm before the name).
    ["Perso", "Entretien final avec Julie Martin – visio."],
    // The kind of step before the step word.
    ["Privater Termin", "Technisches Interview – Live-Coding mit der Teamleitung"],
  ])("reads no firm in %j", (subject, text) => {
    expect(ownHold(hold(subject, text))).toBeNull();
  });

  it("reads only the owner's own holds", () => {
    expect(ownHold({ ...hold("Contoso – 2nd round"), sender: { ...owner, name: "Dana Kriel" } })).toBeNull();
  });
});

describe("holdAgency", () => {
  it.each([
    ["Tech interview – Corvid Labs (via Meridian Tech Agents)", "", "Meridian Tech Agents"],
    ["Hold", "Final round with Corvid Labs, arranged by Northway Talent. Bring ID.", "Northway Talent"],
    // A person, then the firm she is with, whatever its name says.
    ["Interview – Corvid Labs", "Arranged by Elin at Sandvik Partners (070-123 45 67).", "Sandvik Partners"],
    ["Interview – Corvid Labs", "Set up by Tom Hale from Brightwater.", "Brightwater"],
    // The same in the other languages.
    ["Colloquio – Corvid Labs", "Organizzato da Vega Partners, referente Laura.", "Vega Partners"],
    ["Entretien – Corvid Labs", "Organisé par Talentis Recrutement – rappeler Léa.", "Talentis Recrutement"],
    ["Gespräch – Corvid Labs", "Vermittelt über Hanseatic Personalberatung.", "Hanseatic Personalberatung"],
    ["Gesprek – Corvid Labs", "Geregeld door Oranje Werving & Selectie.", "Oranje Werving & Selectie"],
  ])("reads the firm that arranged the interview from %j %j", (subject, text, agency) => {
    expect(holdAgency(hold(subject, text), "Corvid Labs")).toBe(agency);
  });

  it.each([
    ["Interview – Corvid Labs (via Jess)", ""],
    ["Interview – Corvid Labs (via Anna Lee)", ""],
    ["Interview – Corvid Labs (via Calendly)", ""],
    // The person is with the firm interviewing.
    ["Interview", "Arranged by Elin at Corvid Labs."],
  ])("reads no firm from a person or a tool: %j", (subject, text) => {
    expect(holdAgency(hold(subject, text), "Corvid Labs")).toBeNull();
  });

  it("reads nothing from mail someone else sent", () => {
    const input = {
      ...hold("Interview – Corvid Labs (via Meridian Tech Agents)"),
      sender: { ...owner, name: "Jess Hart" },
    };
    expect(holdAgency(input, "Corvid Labs")).toBeNull();
  });
});
