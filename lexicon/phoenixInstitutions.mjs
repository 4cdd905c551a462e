// Government bodies, armed forces and security services that stand for their state in news ("the
// Kremlin", "the Knesset", "the PLA", "the Revolutionary Guards"), taken from PETRARCH2's
// Phoenix.Countries.actors.txt (MIT): the entries coded with a state and an agency role (GOV, MIL,
// LEG, SPY, COP, JUD) and no dates, which are institutions rather than people. Cities, provinces and
// dependencies in that file are left out: they name places, not actors.

const ROLES = /^(?:GOV|MIL|LEG|SPY|COP|JUD|GOVLEG|GOVMIL|GOVJUD)$/;
/** Phoenix codes that are not the ISO alpha-3 code Entente uses. */
const CODE_FIXES = { KSV: 'XKX' };

const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'al']);
/** Names too general to stand for one state ("Senate", "Congress"). */
const GENERIC = new Set(['senate', 'congress', 'house', 'parliament', 'assembly', 'government', 'cabinet', 'army', 'navy', 'police', 'ministry', 'military', 'council']);

/**
 * "PEOPLE's_LIBERATION_ARMY" -> "People's Liberation Army"; a name of one short word is an
 * acronym and keeps its capitals ("IDF", "PLA").
 */
function spelling(raw) {
  const words = raw.replace(/_+$/, '').split('_').filter(Boolean);
  if (words.length === 0) return null;
  if (words.length === 1 && words[0].length <= 4) return words[0];
  if (words.length === 1 && GENERIC.has(words[0].toLowerCase())) return null;
  const name = words
    .map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join(' ')
    .replace(/-([a-z])/g, (_m, c) => `-${c.toUpperCase()}`);
  return name.length >= 4 ? name : null;
}

/** form -> state, from the text of Phoenix.Countries.actors.txt; `states` is the set of codes Entente knows. */
export function convertInstitutions(source, states) {
  const out = {};
  let names = [];
  let codes = [];
  const flush = () => {
    const roles = codes.map((c) => /^\[([A-Z]{3})([A-Z]+)\s*([^\]]*)\]/.exec(c)).filter(Boolean);
    if (names.length && roles.length && roles.every((m) => ROLES.test(m[2]) && !m[3].trim())) {
      const state = CODE_FIXES[roles[0][1]] ?? roles[0][1];
      if (states.has(state))
        for (const n of names) {
          const s = spelling(n);
          if (s) out[s] ??= state;
        }
    }
    names = [];
    codes = [];
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) continue;
    if (/^\s/.test(line)) {
      codes.push(...(line.match(/\[[^\]]*\]/g) ?? []));
      continue;
    }
    if (line.startsWith('+')) {
      names.push(line.slice(1).trim().split(/\s/)[0]);
      continue;
    }
    flush();
    const m = /^([^\s[]+)\s*(\[[^\]]*\])?/.exec(line);
    if (m) {
      names.push(m[1]);
      if (m[2]) codes.push(m[2]);
    }
  }
  flush();
  return out;
}
