// Shared by the extraction tests: the readers the command line uses (the gazetteer and wink-nlp),
// and short ways to write what a text should give ("MAR-USA cooperative", "MAR->USA tense").
import { nodeReaders } from '../../../cli/nodeGazetteer';
import { extractClaims } from './extractClaims';

export const readers = nodeReaders();
export const { finder } = readers;
export const ids = (text: string) => finder.find(text).map((m) => m.id);
export const extract = (text: string, published = '2021-06-10') => extractClaims({ id: 't', text, published }, readers).claims;
export const keys = (text: string, published?: string) => extract(text, published).map((c) => `${[c.a, c.b].sort().join('-')} ${c.stance}`);
/** Claims as "A->B stance", in the order read. */
export const asArrows = (text: string, published?: string) => extract(text, published).map((c) => `${c.a}->${c.b} ${c.stance}`);
/** Claims as "A->B stance" when one-sided, "A--B stance" when mutual. */
export const asDirected = (text: string) => extract(text).map((c) => `${c.a}${c.directed ? '->' : '--'}${c.b} ${c.stance}`);
