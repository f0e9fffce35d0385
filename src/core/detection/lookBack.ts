import { fold } from "./fold";

/**
 * A time the sentence looks back on is not the interview being arranged: "thank you for
 * interviewing with us on Tuesday at 3pm", "merci pour l'entretien du mardi 12 à 15h", "how did
 * your interview go today at 3pm", "we need to reschedule your interview planned for Tuesday".
 * Rejections, debrief requests and postponements quote the old time; only a time stated
 * outside such a clause can be the one to block.
 */
const LOOK_BACK = new RegExp(
  "(?:" +
    [
      "thank(?:s| you)(?: again| so much)? for (?:the|your|our|today's|yesterday's) (?:interview|call|chat|conversation|meeting|time|visit)",
      "thank(?:s| you)(?: again| so much)? for (?:interviewing|meeting|speaking|talking|coming)",
      "how did (?:your|the|it)",
      "(?:enjoyed|loved) (?:the|your|our|meeting|speaking|talking)",
      "(?:great|good|nice|lovely|a pleasure) (?:speaking|talking|chatting|meeting|to speak|to talk|to meet|to chat) (?:with |to )?you",
      "originally (?:scheduled|planned)|instead of",
      "merci (?:pour|de) (?:l'|votre |notre |cet )(?:entretien|echange|appel|rencontre)",
      "(?:vielen )?dank(?:e)? (?:fur|fuer) (?:das|ihr|dein|unser|den) (?:gesprach|interview|telefonat|treffen|besuch)",
      "gracias por (?:la|tu|su|nuestra) (?:entrevista|llamada|conversacion|reunion|visita)",
      "grazie (?:per|del|dell') ?(?:il|la|l')? ?(?:colloquio|chiamata|conversazione|incontro)",
      "obrigad[oa] (?:pela|pelo) (?:entrevista|conversa|chamada|reuniao)",
      "(?:bedankt|dank(?:je|u)?(?: wel)?) voor (?:het|ons|jullie) (?:gesprek|interview|telefoontje)",
    ].join("|") +
    ")([^.!?\\n]{0,45})$",
);

// "We need to move your interview (planned for Tuesday at 3pm)": the time after an old-time
// marker is the old one; the time after "to"/"au"/"auf" is the new one.
const MOVE = new RegExp(
  "(?:" +
    [
      "(?:need|have|had|must) to (?:reschedule|move|postpone|cancel)",
      "(?:nous devons|on doit|nous sommes contraints de) (?:reporter|deplacer|decaler|annuler)",
      "(?:mussen|muss) (?:wir |ich )?[a-z ]{0,30}(?:verschieben|absagen|verlegen)",
      "(?:tenemos|tengo|debemos|hemos tenido) que (?:reprogramar|aplazar|cambiar|mover|cancelar|posponer)",
      "(?:dobbiamo|devo|abbiamo dovuto) (?:spostare|rinviare|rimandare|annullare|riprogrammare|posticipare)",
      "(?:temos|tenho|precisamos|preciso|tivemos) (?:de |que )?(?:reagendar|remarcar|adiar|cancelar)",
      "(?:moeten|moet|hebben) (?:we |ik )?[a-z ]{0,30}(?:verzetten|verplaatsen|uitstellen|annuleren)",
    ].join("|") +
    ")([^.!?\\n]{0,60})$",
);
const OLD_TIME =
  /\b(?:planned|scheduled|booked|originally|from|prevue?|initialement|geplant|vom|programad[ao]|previst[oa]|agendad[ao]|marcad[ao]|gepland|del|du|van)\b(?!.*\b(?:to|au|auf|al|para|naar|op|per|a|em|nach)\b)/;

// "Thanks for the call – next step is a final interview on…": a forward step after the thanks
// makes the time the next one again.
const FORWARD =
  /[–—;:]|\b(?:next|invite|would like|we'd like|love|propose|proposons|schedule|book|meet|lade|einladen|gerne|invitamos|invitarte|proponemos|invitiamo|proponiamo|convidamos|propomos|nodigen|graag|uitnodigen)\b/;

// "Previous: Thursday, January 7 at 2:00 PM" / "Previous time: …", or a notice's table row with no
// colon ("Previous Thursday, December 17 · 9:00 AM", the label's own line above it): a labelled old
// slot beside the new one. ("Old" and "was" need the colon: "Old Town office, Monday at 3".)
const SLOT_WORD =
  "(?: (?:time|date|slot|horaire|creneau|fecha|hora|horario|data|termin|uhrzeit|tijd|datum|orario))?";
const OLD_WORD = `(?:previous(?:ly)?|original(?:ly)?|former|ancien(?:ne)?|precedent|anterior|antiguo|antigo|vorher|bisher(?:ig)?|oud|vorige|precedente|originale)${SLOT_WORD}`;
const OLD_LABEL = new RegExp(
  String.raw`(?:^|\n)[^\S\n]*(?:(?:${OLD_WORD}|(?:old|alt|was)${SLOT_WORD})\s*:|${OLD_WORD}(?:[^\S\n]*\n|[^\S\n]+))[^\S\n]*[^\n]{0,30}$`,
);

// "End\n26-Jan-27 - 16:00", "Fin : 16:00": a slot's labelled end is never its start.
const END_LABEL = /(?:^|\n)[^\S\n]*(?:end|ends|ende|fin|fine|einde|termino|end date|end time)[^\S\n]*:?\s*$/;

/** Whether the clause before `matched` in `text` looks back on it. */
export function isLookBack(text: string, matched: string): boolean {
  const at = text.indexOf(matched);
  if (at <= 0) return false;
  const before = fold(text.slice(Math.max(0, at - 140), at));
  if (OLD_LABEL.test(before) || END_LABEL.test(before)) return true;
  const m = LOOK_BACK.exec(before);
  if (m !== null && !FORWARD.test(m[1] ?? "")) return true;
  const moved = MOVE.exec(before);
  return moved !== null && OLD_TIME.test(moved[1] ?? "");
}
