import { CONFIRMS_INTERVIEW, INTERVIEW_WORDS, SCREEN_CALL } from "./cues";
import { detectLanguage } from "./detectLanguage";
import { findStart } from "./findStart";
import { fold } from "./fold";
import type { Evidence } from "./gatherEvidence";
import { str } from "./readItem";
import type { ItemView } from "./readItem";
import type { DetectOptions } from "./types";
import { readGraphDateTime } from "./zonedTime";

export interface Schedule {
  interview: boolean;
  start: string | null;
  end: string | null;
  signals: string[];
}

// Reasons that still leave room for a stated time ("thanks for today – final round Friday at 2").
const TIME_MAY_FOLLOW = new Set([
  "asks the owner to pick a time",
  "follow-up after an interview",
  "take-home exercise",
]);
// Phrases that state where an interview moved to ("Neuer Termin: …", "passa para dia 11").
// ("New date: Tuesday 14:00", not "we cannot give a new date: we will write again": a labelled new
// date has its numbers right after it.)
// Up to three words between a verb of moving and where to: not "prevista para", which says
// where the interview was.
const TO_SKIP = String.raw`(?:(?!(?:previst|marcad|agendad|programad|fissat|prevu|gepland|geplant|vorgesehen|urspr)\w*\b)[\w']+ ){0,3}?`;
const NEW_TIME_PHRASES = String.raw`\bvon\b.{0,60}\bauf\b|replaces the one|now take place|will now be|(?<!\b(?:met|voor|zodra we|sturen (?:je|u)|mailen (?:je|u))(?: een)? )nieuw tijdstip|(?:new (?:time|date|slot)|nouvelle (?:date|heure)\s*|nueva (?:fecha|hora)|nova data|nuova data):(?=[^\n]{0,30}\d)|nouvel (?:horaire|creneau)|neuer termin(?::| ist | lautet | fur (?:ihr|das|unser))|als neuen termin|als ersatztermin|\bauf (?:den |montag|dienstag|mittwoch|donnerstag|freitag|samstag|\d)[^\n]{0,40}?\b(?:verschieben|verlegen)\b|neue termin (?:ist|steht) (?:in|im) (?:dieser|der|diesem|dem) (?:einladung|termineinladung|kalendereintrag)|new (?:time|date|slot) (?:is|appears) (?:in|on) (?:this|the) (?:invite|invitation|calendar)|nouvelle (?:date|heure) (?:figure|est indiquee) dans (?:cette|l')invitation|neue uhrzeit|auf den neuen termin|(?<!\b(?:enviaremos|enviarei|enviar|mandaremos|propor|proporemos|sugerir|indicar|definir|com|sem|invieremo|inviero|inviare|proporremo|comunicheremo|comunicare|indicare|con|senza|propondremos|indicaremos|comunicaremos|sin) (?:um |o |un |il |el )?)(?:novo horario|nuovo orario|nuevo horario)(?! (?:assim que|logo que|em breve|quando|appena|al piu presto|quanto prima|non appena|cuando|lo antes posible|en cuanto))|\bpassa (?:para|a)\b|\bpasa (?:al|a)\b|\b(?:verschieben|verlegen|verschoben|verlegt) ${TO_SKIP}auf:?\s*(?:den |montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen\b|ubermorgen\b|\d)|\b(?:aplazar|aplazamos|trasladar|trasladamos|cambiar|cambiamos)(?:la|lo)? ${TO_SKIP}al? (?:lunes|martes|miercoles|jueves|viernes|\d)|\b(?:adiar|adiamos|remarcar|remarcamos)(?:-a|-o)? ${TO_SKIP}para (?:a |o )?(?:segunda|terca|quarta|quinta|sexta|\d)|\b(?:spostare|spostiamo|rinviare|rinviamo)(?:lo|la)? ${TO_SKIP}(?:a|al) (?:lunedi|martedi|mercoledi|giovedi|venerdi|\d)|\b(?:verplaatsen|verzetten) ${TO_SKIP}naar (?:maandag|dinsdag|woensdag|donderdag|vrijdag|\d)`;

// A postponement that offers the new slot in the same mail ("nous devons décaler votre entretien …
// Nous vous proposons le mardi 19 janvier à 9h30", "le proponiamo giovedì"): a proposal, so not a move cue (the first of
// several slots offered is the one read).
const PROPOSED_AGAIN =
  /nous vous proposons (?:donc |plutot |alors |maintenant )?(?:le |de le reporter|de le decaler|un nouveau|une nouvelle|(?:lundi|mardi|mercredi|jeudi|vendredi|demain)\b|\d)|pourriez-vous plutot (?:vous rendre disponible|venir|etre disponible) (?:le )?(?:lundi|mardi|mercredi|jeudi|vendredi|\d)|je vous propose de (?:le |la )?(?:decaler|reporter|deplacer) (?:au|a)\b|\breporter? (?:au|a) (?:lundi|mardi|mercredi|jeudi|vendredi|\d)|ce nouveau creneau|decalons votre [^.\n]{0,30}\b(?:au|a) (?:lundi|mardi|mercredi|jeudi|vendredi|\d)|\b(?:le|ti|vi) propon(?:iamo|go) (?:il |per )?(?:lunedi|martedi|mercoledi|giovedi|venerdi|\d)|\b(?:le|te|les) propon(?:emos|go) (?:el )?(?:lunes|martes|miercoles|jueves|viernes|\d)|\b(?:lhe|te) propo(?:mos|nho) (?:a |o )?(?:segunda|terca|quarta|quinta|sexta|\d)/;

// "Ya tenemos nueva fecha … sustituye a la convocatoria del día 21": a new date announced (the
// old one named after it, so these are not move cues, where the last time wins). ("Todavía no
// tenemos nueva fecha" announces none.)
const HAVE_NEW_DATE = String.raw`\b(?<!\b(?:no|nao|non|nicht|niet|todavia no|aun no|ainda nao|ancora non) )(?:we have|we've got|nous avons|wir haben|(?:ya )?tenemos|temos|abbiamo|we hebben) (?:a |une |einen |una |uma |een )?(?:new|nouvelle|neuen|nueva|nova|nuova|nieuwe) (?:date|time|termin|fecha|data|datum)|\b(?:replaces|sustituye a|remplace|ersetzt|substitui|sostituisce|vervangt) (?:the|our|la|l'|die|a|het|de) ?(?:invitation|invite|convocatoria|convocation|einladung|convocacao|convocazione|uitnodiging)`;

// A postponement that states where it moved to, not only that it will ("Reprogramación de su
// entrevista … le escribiremos con una nueva fecha"). Its first two phrases are read for
// postponements only: as move cues (the last time wins) they took a later time from a booking
// tool's notice that states the new slot first ("has been rescheduled to Thursday Dec. 17th").
const NEW_TIME = new RegExp(
  String.raw`found (?:a )?new (?:times?|dates?|slots?)|(?:rescheduled|moved|pushed) (?:it |the interview |your interview )?to (?:mon|tue|wed|thu|fri|sat|sun|\d)|${NEW_TIME_PHRASES}|${HAVE_NEW_DATE}`,
);

// Moved: a new time stated, or a move said with its old time ("moved from Tuesday", "inicialmente
// marcada para …"); the last time in the text is then the new one. A booking tool's "Your event
// has been rescheduled" lists the old slot (struck through) above the new one.
const MOVED = new RegExp(
  String.raw`\b(?:event|booking) has been rescheduled\b|\bmove (?:your |the |our )?(?:interview|call|meeting|chat)(?: with \w+)? to\b|(?:reschedul\w*|moved|changed|shifted|pushed|replanifi\w*|deplace\w*|decal\w*|reprogram\w*|reagendad\w*|rinviat\w*|spostat\w*|verplaatst|verschoben|verlegt) (?:[\w']+ ){0,4}(?:from|de|du|del|da|van|von)\b|(?:has|have) (?:been )?changed|\b(?:ombokad|flyttad|omplanerad|ombooket|flyttet) (?:[\w']+ ){0,2}fran\b|\bverzet(?:ten|ten we)?\b|(?:inicialmente|initialement|originariamente|ursprunglich|oorspronkelijk) (?:marcad|previst|prevu|agendad|programad|fissat|geplant|vorgesehen|gepland)\w*|\boriginally (?:set|scheduled|planned|booked) for\b|\b(?:decaler|reporter|deplacer) (?:[\w']+ ){0,2}(?:au|a) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d)|${NEW_TIME_PHRASES}`,
);

// What may happen around it, said in passing: "if you need to cancel", "we'll discuss your start date".
const IN_PASSING: Record<string, RegExp> = {
  cancelled:
    /\b(?:if|should|in case) you (?:need|have|want|wish) to (?:cancel|postpone|reschedule)|\b(?:si vous devez|si necesitas|si tienes que|falls sie|wenn sie|se precisar|als je|se dovessi|se deve) [^.\n]{0,20}(?:annuler|cancelar|absagen|annuleren|annullare|disdire)/,
  postponed:
    /\b(?:if|should|in case) you (?:need|have|want|wish) to (?:cancel|postpone|reschedule)|\b(?:si vous devez|si necesitas|si tienes que|falls sie|wenn sie|se precisar|als je|se dovessi|se deve) [^.\n]{0,20}(?:reporter|aplazar|verschieben|adiar|uitstellen|rinviare|rimandare)/,
  "offer or onboarding": /./,
  rejection: /./,
  "asynchronous assessment": /./,
  "application status update": /./,
};

// "Der ursprüngliche Termin … entfällt. Neuer Termin: …": the old slot is cancelled, the interview moved.
const ORIGINAL_CANCELLED =
  /\b(?:reemplaza|sustituye|substitui|remplace|ersetzt|vervangt|sostituisce|replaces) (?:a )?(?:la|el|o|a|le|den|die|het|de|il|the)\b[^\n]{0,80}(?:cancelad|annul|cancel|abgesagt|geannuleerd|annullat)|\bthe (?:old|original|previous) (?:one|invite|invitation|slot|meeting|event) (?:has been|was|is|will be) (?:cancel\w*|removed|deleted)|\b(?:ursprunglich\w*|bisherige|original(?:ly scheduled)?|previous|ancien|anterior|originale|oorspronkelijke|vorige|precedente)[^\n]{0,80}(?:entfallt|cancel\w*|annul\w*|abgesagt|geannuleerd|removed|vervalt|komt te vervallen|no longer (?:stands|applies))/;

function originalCancelled(reason: string, v: ItemView): boolean {
  return !v.item.isCancelled && reason === "cancelled" && ORIGINAL_CANCELLED.test(v.all) && MOVED.test(v.all);
}

// "9:00 – 9:45 AM · Product sense – Hailey Brooks": a line of a day's agenda, opening with a slot.
const AGENDA_SLOT =
  /^[^\S\n]*(\d{1,2}[:.]\d{2})[^\S\n]*([ap]\.?m\.?)?[^\S\n]*[–—-][^\S\n]*\d{1,2}[:.]\d{2}[^\S\n]*([ap]\.?m\.?)?/im;

/**
 * "Your onsite schedule – Wingtip Toys, Tue Feb 16" over "9:00 – 9:45 AM · Product sense": the
 * subject holds the day and the body the day's agenda; the first session is the time.
 */
function agendaUnderDatedSubject(v: ItemView, refMs: number): ReturnType<typeof findStart> {
  const slot = AGENDA_SLOT.exec(v.bodyText.slice(0, 3000));
  if (!slot?.[1] || !/\d/.test(v.subject)) return null;
  const clock = `${slot[1].replace(".", ":")}${(slot[2] ?? slot[3]) ? ` ${slot[2] ?? slot[3]}` : ""}`;
  return findStart(`${v.subject} at ${clock}`, () => detectLanguage(v.fb), refMs, v.ownerZone, false);
}

// "I'll call you at the time of this invite. In the meantime, please complete the short
// questionnaire": a task set beside the talk, while it waits, is no talk replaced by a test.
const TASK_MEANWHILE =
  /\b(?:in the meantime|meanwhile|ahead of (?:the|our|your) (?:call|chat|conversation|interview)|en attendant|d'ici la|mientras tanto|entretanto|enquanto isso|in der zwischenzeit|bis dahin|in de tussentijd|nel frattempo)\b[^.\n]{0,40}\b(?:complete|fill (?:in|out)|completer|remplir|completar|rellenar|preencher|ausfullen|bearbeiten|invullen|compilare|completare)\b/;

/** A blocker that only mentions what may happen later, in a mail confirming an interview. */
function incidental(reason: string, v: ItemView): boolean {
  const passing = IN_PASSING[reason];
  return (
    !!passing &&
    (CONFIRMS_INTERVIEW.test(v.all) ||
      (reason === "asynchronous assessment" && TASK_MEANWHILE.test(v.all))) &&
    passing.test(v.all) &&
    !/cancel|annul|postpon|absag/.test(v.fs)
  );
}

// "Perfect, see you then!": a short reply that only confirms.
// ("Perfetto, ci vediamo allora", "Parfait, à jeudi", "Combinado! Até lá", "承知いたしました".)
const CONFIRMS_ONLY =
  /\bsee you (?:then|there|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bci vediamo (?:allora|domani|lunedi|martedi|mercoledi|giovedi|venerdi)\b|\bparfait,? a (?:lundi|mardi|mercredi|jeudi|vendredi|demain|bientot)\b|\bcombinado\b|\bpasst,? dann\b|\bdann bis (?:montag|dienstag|mittwoch|donnerstag|freitag|morgen)\b|\bnos vemos (?:el|entonces|manana)\b|\bhasta el (?:lunes|martes|miercoles|jueves|viernes)\b|\btot (?:maandag|dinsdag|woensdag|donderdag|vrijdag)\b|\bi've sent (?:you )?the (?:calendar )?invite\b|承知いたしました|当日どうぞよろしく|^(?:(?:great|perfect|thanks)[,!.]? )?(?:confirmed|that works|works for me|a tout a l'heure|bis dann|hasta entonces|ate la|a dopo|tot dan)\b/;

/** Whether a short reply confirms a time that only the message it replies to states. */
function confirmsQuotedTime(v: ItemView, refMs: number): boolean {
  if (!v.quoted || v.fb.length > 240 || !CONFIRMS_ONLY.test(v.fb)) return false;
  return (
    findStart(
      v.quoted.slice(0, 4000),
      () => detectLanguage(fold(v.quoted.slice(0, 3000))),
      refMs,
      v.ownerZone,
      () => false,
    ) !== null
  );
}

/**
 * Whether a candidate-side item is an interview at a concrete time. An event is one unless it
 * is cancelled or is about something else (an offer, a rejection); a message is one only when
 * it confirms or proposes a concrete time, read against its received time.
 */
export function judgeSchedule(
  v: ItemView,
  e: Evidence,
  candidate: boolean,
  options: DetectOptions,
): Schedule {
  const it = v.item;
  const out: Schedule = { interview: false, start: null, end: null, signals: [] };
  // (An all-day event starts at midnight in its own zone: that is its start, as a day-long onsite's.)
  if (v.isEvent) {
    out.start = readGraphDateTime(it.start, v.ownerZone);
    out.end = readGraphDateTime(it.end, v.ownerZone);
  }
  if (!candidate || !e.hiringish) return out;
  if (e.interviewWord)
    out.signals.push(`${INTERVIEW_WORDS.reason} in ${INTERVIEW_WORDS.re.test(v.fs) ? "subject" : "body"}`);
  if (e.screenCall) out.signals.push(SCREEN_CALL.reason);
  const blocker =
    e.notScheduled && !incidental(e.notScheduled.reason, v) && !originalCancelled(e.notScheduled.reason, v)
      ? e.notScheduled
      : null;
  if (it.isCancelled === true || blocker?.reason === "cancelled") {
    out.signals.push("cancelled");
    return out;
  }
  if (v.isEvent) {
    out.interview =
      !blocker ||
      blocker.reason === "asks the owner to pick a time" ||
      // "Thanks for your time today… here's the invite": the event is the next step itself.
      blocker.reason === "follow-up after an interview" ||
      // A postponed meeting left on the calendar is an interview only once it carries its new time.
      (blocker.reason === "postponed" &&
        (MOVED.test(v.all) || NEW_TIME.test(v.all) || PROPOSED_AGAIN.test(v.all)));
    if (blocker && !out.interview) out.signals.push(blocker.reason);
    return out;
  }
  // "Wir müssen Ihr Gespräch verschieben … Neuer Termin: Freitag, 13:30": postponed to a stated
  // time, as a moved event is.
  if (
    blocker &&
    !TIME_MAY_FOLLOW.has(blocker.reason) &&
    !(blocker.reason === "postponed" && (NEW_TIME.test(v.all) || PROPOSED_AGAIN.test(v.all)))
  ) {
    out.signals.push(blocker.reason);
    return out;
  }
  const refMs = Date.parse(str(it.receivedDateTime) || str(it.sentDateTime) || str(options.now));
  if (!Number.isFinite(refMs)) {
    out.signals.push("no received time to read dates against");
    return out;
  }
  const found =
    findStart(
      `${v.subject}\n${v.bodyText.slice(0, 4000)}`.slice(0, 4000),
      () => detectLanguage(v.fb),
      refMs,
      v.ownerZone,
      () => MOVED.test(v.all),
    ) ?? agendaUnderDatedSubject(v, refMs);
  if (found) {
    out.interview = true;
    out.start = found.start;
    out.end = found.end;
    // (Spaces left where the readers blanked a bracket or a pictograph are one space here.)
    out.signals.push(`time stated: "${found.text.replace(/\s+/g, " ").trim().slice(0, 60)}"`);
  } else if (!blocker && confirmsQuotedTime(v, refMs)) {
    // The time agreed is the thread's: quoted, so not read as stated (SCHEMA), and no start.
    out.interview = true;
    out.signals.push("confirms the time agreed in the thread");
  } else {
    out.signals.push(blocker ? blocker.reason : "no concrete time proposed");
  }
  return out;
}
