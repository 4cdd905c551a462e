// The article beside the map: its text with every claim's evidence highlighted in its stance's
// colour and line pattern. Clicking a highlight selects its claim's pair; a selection marks its
// quotes and scrolls to the first. The text is rendered as React text nodes, never as HTML.
import { type KeyboardEvent, memo, useEffect, useMemo, useRef } from 'react';
import type { Article, Claim } from '../domain/claims/claim';
import { evidenceSegments } from '../domain/claims/evidenceSegments';
import { STANCE_TABLE } from '../domain/claims/vocabulary';
import { stanceColour } from '../domain/relations/arcStyle';
import { pairKey } from '../domain/relations/pairKey';
import { safeHttpUrl } from './safeLink';

export interface ArticleViewProps {
  article: Article;
  claims: Claim[];
  /** Does a claim belong to the current selection? */
  isSelected: (claim: Claim) => boolean;
  /** The key of the selected pair, if a pair is selected. */
  selectedPair: string | null;
  /** Changes whenever the selection does; the view then scrolls to the first marked quote. */
  selectionKey: string;
  nameOf: (id: string) => string;
  onSelectPair: (key: string) => void;
  /** Words the user selected in the text, to make a claim of by hand. */
  onSelectText?: (selection: { start: number; end: number; quote: string }) => void;
  /** Claims that are not reviewed yet, marked as such. */
  isUnreviewed?: (claim: Claim) => boolean;
}

/** The article offsets of the text selected inside `root`, read from the runs' data-start. */
function readSelection(root: HTMLElement | null, text: string, done: (s: { start: number; end: number; quote: string }) => void): void {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
  const range = selection.getRangeAt(0);
  const offset = (node: Node, at: number): number | null => {
    if (node.nodeType === Node.TEXT_NODE) {
      const run = node.parentElement?.closest('[data-start]');
      return run && root.contains(run) ? Number((run as HTMLElement).dataset.start) + at : null;
    }
    // An element boundary: the start of its at-th child (or its end).
    const element = node as Element;
    const child = element.childNodes[at];
    if (child) return offset(child.nodeType === Node.TEXT_NODE ? child : (child.firstChild ?? child), 0);
    const run = element.closest('[data-start]');
    if (run && root.contains(run)) return Number((run as HTMLElement).dataset.start) + (run.textContent?.length ?? 0);
    const last = element.lastChild;
    return last ? offset(last, last.nodeType === Node.TEXT_NODE ? (last.textContent?.length ?? 0) : last.childNodes.length) : null;
  };
  const start = offset(range.startContainer, range.startOffset);
  const end = offset(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return;
  // Trim spaces at either end, so the quote starts and ends on words.
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e > s) done({ start: s, end: e, quote: text.slice(s, e) });
}

/** The article with its evidence highlighted. Memoised: a date move or a hover does not render it again. */
export const ArticleView = memo(function ArticleView({
  article,
  claims,
  isSelected,
  selectedPair,
  selectionKey,
  nameOf,
  onSelectPair,
  onSelectText,
  isUnreviewed,
}: ArticleViewProps) {
  const segments = useMemo(() => evidenceSegments(article.text, claims), [article.text, claims]);
  const root = useRef<HTMLDivElement>(null);

  // Scrolled after the frame that paints the selection (the panel comes first), not before it.
  useEffect(() => {
    if (!selectionKey) return;
    const timer = setTimeout(() => root.current?.querySelector('mark.selected')?.scrollIntoView({ block: 'nearest', behavior: 'auto' }), 0);
    return () => clearTimeout(timer);
  }, [selectionKey]);

  const choose = (covering: Claim[]) => {
    // A sentence may support several claims: each click moves on to the next pair it speaks of.
    const keys = [...new Set(covering.map((c) => pairKey(c.subject, c.object)))];
    const at = selectedPair ? (keys as string[]).indexOf(selectedPair) : -1;
    onSelectPair(keys[(at + 1) % keys.length] as string);
  };

  return (
    <section className="article" aria-labelledby="article-title">
      <h2 id="article-title">{article.title}</h2>
      <p className="meta">
        Published {article.published} ·{' '}
        {safeHttpUrl(article.source) ? (
          <a href={safeHttpUrl(article.source) as string} target="_blank" rel="noopener noreferrer">
            {article.source}
          </a>
        ) : (
          article.source
        )}{' '}
        · {claims.length} claims
      </p>
      <div className="article-text" ref={root} onMouseUp={() => onSelectText && readSelection(root.current, article.text, onSelectText)}>
        {segments.map((s) => {
          if (s.claims.length === 0)
            return (
              <span key={s.start} data-start={s.start}>
                {s.text}
              </span>
            );
          const first = s.claims[0] as Claim;
          const label = s.claims
            .map((c) => `${nameOf(c.subject)} – ${nameOf(c.object)}: ${c.stance}, ${c.certainty}`)
            .join('; ');
          const selected = s.claims.some(isSelected);
          const onKey = (e: KeyboardEvent) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              choose(s.claims);
            }
          };
          return (
            <mark
              key={s.start}
              data-start={s.start}
              role="button"
              tabIndex={0}
              className={`evidence${selected ? ' selected' : ''}${isUnreviewed && s.claims.every(isUnreviewed) ? ' unreviewed' : ''}`}
              data-stance={first.stance}
              data-claims={s.claims.map((c) => c.id).join(' ')}
              aria-label={`Evidence for ${label}`}
              title={label}
              style={{
                backgroundColor: `${stanceColour(first.stance)}${selected ? '40' : '1f'}`,
                textDecorationColor: stanceColour(first.stance),
                textDecorationStyle: STANCE_TABLE[first.stance].underline,
              }}
              onClick={() => choose(s.claims)}
              onKeyDown={onKey}
            >
              {s.text}
            </mark>
          );
        })}
      </div>
    </section>
  );
});
