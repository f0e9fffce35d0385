import type { Lang } from "./findStart";

const MARKERS: [Lang, RegExp][] = [
  ["fr", /\b(?:bonjour|vous|votre|nous|merci|entretien|avec|pour|demain|cordialement|le poste)\b/g],
  ["de", /\b(?:hallo|sehr geehrte|ihr|ihre|ihnen|wir|und|mit|fur|uhr|gesprach|morgen|vielen dank|grusse)\b/g],
  ["es", /\b(?:hola|gracias|entrevista|usted|para|con|manana|saludo|puesto|nuestro|las|te)\b/g],
  ["pt", /\b(?:ola|obrigad[oa]|voce|entrevista|para|com|amanha|vaga|nosso|atenciosamente|seu|sua)\b/g],
  ["nl", /\b(?:hallo|beste|bedankt|gesprek|voor|met|morgen|groeten|uw|wij|je|jouw|sollicitatie)\b/g],
  ["it", /\b(?:ciao|gentile|grazie|colloquio|per|con|domani|saluti|sua|nostro|posizione)\b/g],
];
const EN = /\b(?:the|and|you|your|with|for|interview|thanks|tomorrow|regards|hi|dear)\b/g;

/** A cheap guess at the message language (folded text), used to pick chrono's parser. */
export function detectLanguage(folded: string): Lang {
  const sample = folded.slice(0, 3000);
  let best: Lang = "en";
  let bestScore = (sample.match(EN) ?? []).length;
  for (const [lang, re] of MARKERS) {
    const score = (sample.match(re) ?? []).length;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
