// What an export says it shows, from what is on the map: the default title, the file name's subject
// and the source line. One article: its title and source. Several: how many articles and event data
// sets ("3 articles, 1 event data set"), and the source line names as many as fit, then "and N more".
import type { Article, Claim } from '../domain/claims/claim';
import { describeSelection } from '../domain/relations/eventSelection';
import type { AppState } from '../state/viewState';
import { countOf } from '../domain/text/countOf';

const MAP_CREDIT = 'Map: Natural Earth · Entente';

/** About how many characters of the 11 px source line fit in `width` pixels. */
export function charsThatFit(width: number): number {
  return Math.max(20, Math.floor((width - 20) / 6.3));
}

/** `text` cut at a word so that it has at most `max` characters, with "…" where it was cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;·]+$/, '')}…`;
}

export interface ShownSources {
  /** The default title of a PNG or SVG. */
  title: string;
  /** What is loaded, counted: "1 article", "3 articles, 1 event data set". */
  counted: string;
  /** What the file name says when nothing is selected. */
  fileSubject: string;
  /** Is coded event data loaded (so that the event window matters)? */
  hasEvents: boolean;
  /** "Source: …" or "Sources: …", shortened to `maxChars`; it always ends with the map's credit. */
  sourceLine: (maxChars: number) => string;
  /** The articles and event data sets shown. */
  articles: readonly Article[];
}

export function shownSources(articles: readonly Article[], claims: readonly Claim[]): ShownSources {
  const eventSets = new Set(claims.filter((c) => c.event).map((c) => c.articleId));
  const texts = articles.filter((a) => !eventSets.has(a.id));
  const sets = articles.filter((a) => eventSets.has(a.id));
  const single = articles.length === 1 ? articles[0] : undefined;
  const counted = [texts.length ? countOf(texts.length, 'article') : '', sets.length ? countOf(sets.length, 'event data set') : ''].filter(Boolean).join(', ');
  const title = single ? single.title : counted || 'Entente';
  const fileSubject = single ? single.id : counted || 'map';
  const hasEvents = sets.length > 0;
  const one = (a: Article) => `“${a.title}”, ${a.source}, published ${a.published}`;
  const sourceLine = (maxChars: number) => {
    const room = maxChars - MAP_CREDIT.length - 3;
    if (articles.length === 0) return MAP_CREDIT;
    if (single) return `Source: ${shorten(one(single), room - 8)} · ${MAP_CREDIT}`;
    // As many whole sources as fit, then how many more.
    const head = `Sources (${counted}): `;
    let listed = '';
    let shown = 0;
    for (const a of articles) {
      const next = `${listed ? `${listed}; ` : ''}${one(a)}`;
      const more = articles.length - shown - 1 > 0 ? ` and ${articles.length - shown - 1} more` : '';
      if (head.length + next.length + more.length > room) break;
      listed = next;
      shown++;
    }
    const rest = articles.length - shown;
    const body = listed ? `${listed}${rest ? ` and ${rest} more` : ''}` : articles.map((a) => `“${a.title}”`).join('; ');
    return `${shorten(`${head}${body}`, room)} · ${MAP_CREDIT}`;
  };
  return { title, counted: counted || countOf(0, 'article'), fileSubject, hasEvents, sourceLine, articles };
}

/** The filters a citation names: the legend's, and with event data loaded, the event data's. */
export type CitedFilters = Pick<AppState, 'hiddenStances' | 'hiddenCertainties' | 'basis' | 'eventWindow' | 'minEvents' | 'topPartners' | 'eventSelection'>;

/** The filters in words ("tense hidden; each actor's 5 strongest partners; …"); "none" when nothing is filtered. */
export function filtersText(f: CitedFilters, hasEvents: boolean): string {
  const parts: string[] = [];
  if (f.hiddenStances.length) parts.push(`${f.hiddenStances.join(', ')} hidden`);
  if (f.hiddenCertainties.length) parts.push(`${f.hiddenCertainties.join(', ')} hidden`);
  if (f.basis !== 'both') parts.push(`relations from ${f.basis} only`);
  if (hasEvents) {
    parts.push(`events counted over ${f.eventWindow === 365 ? 'the year' : `the ${f.eventWindow} days`} before the date`);
    if (f.minEvents > 1) parts.push(`pairs with at least ${f.minEvents} events`);
    if (f.topPartners > 0) parts.push(`each actor's ${f.topPartners} strongest partners`);
    const events = describeSelection(f.eventSelection);
    if (events) parts.push(`events: ${events}`);
  }
  return parts.length ? parts.join('; ') : 'none';
}

/**
 * A line that cites an export: what it shows and as of when, every source (an event data set with
 * its files, rows and date range), and the filters. For the data files' first line and field.
 */
export function citationLine(articles: readonly Article[], claims: readonly Claim[], asOf: string, filters: CitedFilters, exported: string): string {
  const eventSets = new Set(claims.filter((c) => c.event).map((c) => c.articleId));
  const sources = articles.map((a) => (eventSets.has(a.id) ? a.source : `“${a.title}”, ${a.source}, published ${a.published}`));
  return `Entente, relations as of ${asOf} (exported ${exported}). Sources: ${sources.join('; ') || 'none'}. Filters: ${filtersText(filters, eventSets.size > 0)}.`;
}
