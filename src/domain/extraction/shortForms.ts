// A state's body that an article names once in full with its short form in brackets ("Rwanda's Defence Forces (RDF)",
// "the Armed Forces of the DRC (FARDC)", "Ukraine's Security Service (SBU)") and then by the short form alone ("the RDF
// attacked"): the short form stands for that state from then on, as the full name did. Only bodies of force, security
// and government count, so that a body that merely has a state in its name ("the SADC Mission in the DRC (SAMIDRC)")
// does not become the state. A state's own initials after its name count too ("the Federated States of Micronesia (FSM)").
import type { Mention } from './actorFinder';

const BODY = String.raw`(?:[A-Z][\w-]*\s+){0,4}?(?:Defen[cs]e\s+Forces?|Armed\s+Forces|Army|Navy|Air\s+Force|Security\s+Service|Intelligence\s+Service|Intelligence\s+Agency|Security\s+Agency|Guard|Police|Ministry(?:\s+of\s+[A-Z]\w+(?:\s+Affairs)?)?)`;
/** After a state's name: "'s Defence Forces (RDF)", " Defence Force (RDF)". */
const AFTER_NAME = new RegExp(String.raw`^(?:['’]s)?\s+${BODY}\s+\(([A-Z]{2,7})\)`);
/** Before it: "Armed Forces of the DRC (FARDC)" (the short form after the state's name). */
const BEFORE_NAME = new RegExp(String.raw`${BODY}\s+of\s+(?:the\s+)?$`);

/** Mentions of the short forms the text defines, at each later use, for the state whose body they name. */
export function shortFormMentions(text: string, found: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const states = found.filter((m) => m.kind === 'name' || m.kind === 'demonym' || m.kind === 'capital');
  for (const m of states) {
    const after = AFTER_NAME.exec(text.slice(m.end, m.end + 90));
    const before = !after && BEFORE_NAME.test(text.slice(Math.max(0, m.start - 60), m.start)) ? /^\s+\(([A-Z]{2,7})\)/.exec(text.slice(m.end, m.end + 12)) : null;
    // ("the Federated States of Micronesia (FSM)": the state's own initials in brackets after its name.)
    const own = !after && !before && m.kind === 'name' ? /^\s+\(([A-Z]{2,7})\)/.exec(text.slice(m.end, m.end + 12)) : null;
    const initials = m.text.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    const short = after?.[1] ?? before?.[1] ?? (own?.[1] === initials ? own[1] : undefined);
    if (!short) continue;
    const from = m.end + (after ? after[0].length : (before ?? own)?.[0].length ?? 0);
    for (const use of text.slice(from).matchAll(new RegExp(String.raw`\b${short}\b`, 'g'))) {
      const start = from + (use.index ?? 0), end = start + short.length;
      if (found.some((f) => f.start < end && start < f.end) || out.some((o) => o.start === start)) continue;
      out.push({ id: m.id, start, end, text: short, kind: 'seat' });
    }
  }
  return out;
}
