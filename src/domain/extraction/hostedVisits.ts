// A visit hosted, told by the guest's name: "Putin received Erdogan in Sochi", "Ankara welcomed President Aliyev",
// "Erdogan was received by Putin". The CAMEO dictionary codes RECEIVE as a visit hosted (043) only before a word for
// an envoy or a leader ("received the ambassador"; idioms.ts has the titles), and a name is no such word; here a name
// right after the verb is read as the guest. Not a state's goods, people or doing, which follow its name:
// "received Iranian weapons", "hosted Ukrainian refugees", "welcomed Iran's decision".
import type { Token } from './tokens';
import type { Trigger } from './trigger';

const HOSTING = /^(?:receive|host|welcome)$/;

export function hostedVisits(tokens: readonly Token[]): Trigger[] {
  const found: Trigger[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== 'VERB' || !HOSTING.test(t.lemma)) continue;
    const passive = tokens[i - 1]?.lemma === 'be' && tokens[i + 1]?.lower === 'by';
    let k = passive ? i + 2 : i + 1;
    if (tokens[k]?.pos !== 'PROPN') continue;
    while (tokens[k]?.pos === 'PROPN' || ((tokens[k]?.text === '-' || /^(?:bin|ibn|bint|al|el|de|da|van|von|der)$/.test(tokens[k]?.text ?? '')) && tokens[k + 1]?.pos === 'PROPN')) k++; // (and "Sultan bin Saad")
    if (tokens[k]?.pos === 'NOUN' || /^['’]s?$/.test(tokens[k]?.text ?? '')) continue;
    found.push({ kind: 'verb', head: i, end: i + 1, from: i, to: i + 1, code: '043', stance: 'cooperative', mutual: false, passive, negated: false, intent: false, absorbed: false, why: '"received Erdogan", "welcomed President Aliyev": a leader or state received by name is a visit hosted (CAMEO 043)' });
  }
  return found;
}
