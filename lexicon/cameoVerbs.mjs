// PETRARCH2's verb dictionary (CAMEO.2.0.txt, MIT, Open Event Data Alliance) -> Entente's own
// lexicon: each verb with its inflected forms and its synonym block, each block's patterns as word
// sequences leading to a CAMEO code, and the noun synonym sets the patterns name (&WEAPON ...).
// Plain Node ESM with no dependencies, like geo/, so that `npm run lexicon` needs no compiler.
//
// The dictionary's syntax (see its header and PETRARCH2's reader):
//   ---  BLOCK   [code]  ---        a block of synonymous verbs and the code they default to
//   VERB {FORM FORM} [code] # note  a verb, its irregular forms, its own default code
//   +MULTI_WORD {+FORMS_WORD}       a verb of several words
//   - before * after (prep words) [code] # verb
//                                    a pattern: words before the verb (*), words after it, a
//                                    prepositional phrase; {A B} is a phrase, &SET a synonym set,
//                                    $ the source, + the target, ^ any words. [a:b] codes the event
//                                    a for the source and b for the reverse; [---] means no event.

/** Regular English inflections of a verb, generously: a form that never occurs costs nothing. */
export function inflections(verb) {
  const forms = new Set([verb]);
  const vowel = (c) => 'aeiou'.includes(c);
  const last = verb.at(-1);
  const cvc = verb.length >= 3 && !vowel(last) && vowel(verb.at(-2)) && !vowel(verb.at(-3)) && !'wxy'.includes(last);
  if (/(s|x|z|ch|sh)$/.test(verb)) forms.add(`${verb}es`);
  else if (/[^aeiou]y$/.test(verb)) forms.add(`${verb.slice(0, -1)}ies`);
  else forms.add(`${verb}s`);
  if (verb.endsWith('e')) forms.add(`${verb}d`);
  else if (/[^aeiou]y$/.test(verb)) forms.add(`${verb.slice(0, -1)}ied`);
  else forms.add(`${verb}ed`);
  if (verb.endsWith('ie')) forms.add(`${verb.slice(0, -2)}ying`);
  else if (verb.endsWith('e') && !/(ee|ye|oe)$/.test(verb)) forms.add(`${verb.slice(0, -1)}ing`);
  else forms.add(`${verb}ing`);
  if (cvc) {
    forms.add(`${verb}${last}ed`);
    forms.add(`${verb}${last}ing`);
  }
  return [...forms];
}

const word = (w) => w.replace(/_+$/, '').replace(/_/g, ' ').toLowerCase();

/** A code field: "042:043" -> { code: "042", mutual: false }; "---" -> { code: null }. */
function parseCode(field) {
  const [a = '', b] = field.split(':');
  const code = /^\d{2,4}$/.test(a) ? a : null;
  return { code, mutual: code !== null && b === a };
}

/** A pattern's words -> elements: "ties", "diplomatic relations" (a phrase), "&WEAPON", "(with", ")", "$", "+", "^". */
function patternElements(text) {
  const out = [];
  const re = /\{([^}]*)\}|\(([^\s()]+)|\)|&[A-Z_]+|[$+^%]|[^\s{}()]+/g;
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined) out.push(m[1].trim().split(/\s+/).map(word).join(' '));
    else if (m[2] !== undefined) out.push(`(${m[2].toLowerCase()}`);
    else if (m[0] === ')') out.push(')');
    else if (m[0].startsWith('&')) out.push(m[0].replace(/_$/, ''));
    else if ('$+^%'.includes(m[0])) out.push(m[0]);
    else out.push(word(m[0]));
  }
  return out;
}

export function convertCameoVerbs(source) {
  const lines = source.split(/\r?\n/);
  const synsets = {};
  const blocks = [];
  let section = 'head';
  let synset = null;
  let block = null;
  for (const raw of lines) {
    const line = raw.replace(/\s+#.*$/, '').replace(/^#.*$/, '').trimEnd();
    if (/^#+\s*SYNONYM SETS/.test(raw)) section = 'synsets';
    else if (/^#+\s*VERB PATTERNS/.test(raw)) section = 'verbs';
    else if (/^#+\s*TRANSFORMATIONS/.test(raw)) section = 'end';
    if (!line.trim() || section === 'head' || section === 'end') continue;
    if (section === 'synsets') {
      if (line.startsWith('&')) {
        synset = line.trim().replace(/_$/, '');
        synsets[synset] = [];
      } else if (synset && line.startsWith('+')) synsets[synset].push(word(line.slice(1).trim()));
      continue;
    }
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]\s+---/.exec(line);
    if (header) {
      block = { name: header[1], code: parseCode(header[2]).code, verbs: [], patterns: [] };
      blocks.push(block);
      continue;
    }
    if (!block) continue;
    if (line.startsWith('-')) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(line);
      if (!m || !m[1].includes('*')) continue;
      const [before, after] = m[1].split('*');
      const { code, mutual } = parseCode(m[2].trim());
      block.patterns.push({
        before: patternElements(before),
        after: patternElements(after),
        code,
        ...(mutual ? { mutual: true } : {}),
      });
      continue;
    }
    // A verb line: VERB {FORMS} [code], or +MULTI_WORD {+FORMS} [code].
    const m = /^\+?([A-Z][A-Z'_-]*)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?/.exec(line.trim());
    if (!m) continue;
    const base = word(m[1]);
    const [head, ...rest] = base.split(' ');
    const tail = rest.join(' ');
    // (Two lines separate their forms by commas, "{+CRACKED_DOWN , +CRACKS_DOWN}": a comma is no form.)
    const listed = (m[2] ?? '').trim().split(/[\s,]+/).filter(Boolean).map((f) => word(f.replace(/^\+/, '')).split(' ')[0]);
    const forms = [...new Set([...inflections(head), ...listed])].sort();
    const code = m[3] === undefined ? undefined : parseCode(m[3].trim()).code;
    block.verbs.push({ lemma: base, forms, ...(tail ? { particle: tail } : {}), ...(code !== undefined ? { code } : {}) });
  }
  return { synsets, blocks: blocks.filter((b) => b.verbs.length > 0) };
}
