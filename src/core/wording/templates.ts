/**
 * Every sentence the app writes where others can read it. Plain statements of fact: an appointment,
 * when, and that the time is taken as PTO (or not worked, for contractors). No reason, no excuse, no
 * company: test/core/wording checks each one with revealsInterview.
 * {when} is a formatted date or time range; {from}/{to} the two ends of a span of days.
 */
export type Language = "en" | "fr" | "de" | "es" | "pt" | "nl" | "it";

export const LANGUAGES: readonly Language[] = ["en", "fr", "de", "es", "pt", "nl", "it"];

export type NoteMode = "pto" | "contractor";

export interface NoteTemplates {
  /** One day, or part of one day. */
  on: Record<NoteMode, string>;
  /** Several days. */
  span: Record<NoteMode, string>;
}

export const NOTE_TEMPLATES: Readonly<Record<Language, NoteTemplates>> = {
  en: {
    on: {
      pto: "I have an appointment on {when}, and will take PTO for it.",
      contractor: "I have an appointment on {when}, and will not be working during that time.",
    },
    span: {
      pto: "I have an appointment from {from} to {to}, and will take PTO for it.",
      contractor: "I have an appointment from {from} to {to}, and will not be working during that time.",
    },
  },
  fr: {
    on: {
      pto: "J'ai un rendez-vous le {when} et je poserai un congé pour ce créneau.",
      contractor: "J'ai un rendez-vous le {when} et je ne travaillerai pas pendant ce créneau.",
    },
    span: {
      pto: "J'ai un rendez-vous du {from} au {to} et je poserai un congé pour cette période.",
      contractor: "J'ai un rendez-vous du {from} au {to} et je ne travaillerai pas pendant cette période.",
    },
  },
  de: {
    on: {
      pto: "Ich habe am {when} einen Termin und nehme dafür Urlaub.",
      contractor: "Ich habe am {when} einen Termin und arbeite in dieser Zeit nicht.",
    },
    span: {
      pto: "Ich habe von {from} bis {to} einen Termin und nehme dafür Urlaub.",
      contractor: "Ich habe von {from} bis {to} einen Termin und arbeite in dieser Zeit nicht.",
    },
  },
  es: {
    on: {
      pto: "Tengo una cita el {when} y me tomaré ese tiempo como vacaciones.",
      contractor: "Tengo una cita el {when} y no trabajaré durante ese tiempo.",
    },
    span: {
      pto: "Tengo una cita del {from} al {to} y me tomaré ese tiempo como vacaciones.",
      contractor: "Tengo una cita del {from} al {to} y no trabajaré durante ese tiempo.",
    },
  },
  pt: {
    on: {
      pto: "Tenho um compromisso em {when} e vou tirar folga para isso.",
      contractor: "Tenho um compromisso em {when} e não vou trabalhar nesse período.",
    },
    span: {
      pto: "Tenho um compromisso de {from} a {to} e vou tirar folga para isso.",
      contractor: "Tenho um compromisso de {from} a {to} e não vou trabalhar nesse período.",
    },
  },
  nl: {
    on: {
      pto: "Ik heb op {when} een afspraak en neem daarvoor verlof op.",
      contractor: "Ik heb op {when} een afspraak en werk in die tijd niet.",
    },
    span: {
      pto: "Ik heb van {from} tot {to} een afspraak en neem daarvoor verlof op.",
      contractor: "Ik heb van {from} tot {to} een afspraak en werk in die tijd niet.",
    },
  },
  it: {
    on: {
      pto: "Ho un appuntamento {when} e prenderò un permesso per quelle ore.",
      contractor: "Ho un appuntamento {when} e non lavorerò in quelle ore.",
    },
    span: {
      pto: "Ho un appuntamento da {from} a {to} e prenderò un permesso per quel periodo.",
      contractor: "Ho un appuntamento da {from} a {to} e non lavorerò in quel periodo.",
    },
  },
};

/** Neutral block subjects, the first being the default. */
export const NEUTRAL_SUBJECTS: Readonly<Record<Language, readonly string[]>> = {
  en: ["Appointment", "Personal appointment", "Busy", "Away", "Out of office"],
  fr: ["Rendez-vous", "Rendez-vous personnel", "Occupé", "Absent"],
  de: ["Termin", "Privater Termin", "Beschäftigt", "Abwesend"],
  es: ["Cita", "Cita personal", "Ocupado", "Ausente"],
  pt: ["Compromisso", "Compromisso pessoal", "Ocupado", "Ausente"],
  nl: ["Afspraak", "Persoonlijke afspraak", "Bezet", "Afwezig"],
  it: ["Appuntamento", "Appuntamento personale", "Occupato", "Assente"],
};

/** The opening line of a list of slots offered to a recruiter. */
export const SLOT_INTROS: Readonly<Record<Language, string>> = {
  en: "I could make any of these times:",
  fr: "Je suis disponible sur l'un de ces créneaux :",
  de: "Mir würde einer dieser Zeitpunkte passen:",
  es: "Me vendría bien cualquiera de estos horarios:",
  pt: "Posso em qualquer um destes horários:",
  nl: "Ik kan op een van deze momenten:",
  it: "Sarei disponibile in uno di questi orari:",
};

/** The language of a BCP 47 locale if the app has templates for it, English otherwise. */
export function languageOf(locale: string): Language {
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? "en";
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : "en";
}

export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
}
