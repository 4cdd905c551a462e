// The article beside the map: its text with every claim's evidence highlighted in its stance's
// colour and line pattern. Clicking a highlight selects its claim's pair; a selection marks its
// quotes and scrolls to the first. The text is rendered as React text nodes, never as HTML.
import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react';
import type { Article, Claim } from '../domain/claims/claim';
import { evidenceSegments } from '../domain/claims/evidenceSegments';
import type { Stance } from '../domain/claims/vocabulary';
import { stanceColour } from '../domain/relations/arcStyle';
import { pairKey } from '../domain/relations/pairKey';

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
}

const UNDERLINE: Record<Stance, string> = {
  cooperative: 'solid',
  warming: 'dashed',
  tense: 'double',
  severed: 'dashed',
  hostile: 'dotted',
};

export function ArticleView({ article, claims, isSelected, selectedPair, selectionKey, nameOf, onSelectPair }: ArticleViewProps) {
  const segments = useMemo(() => evidenceSegments(article.text, claims), [article.text, claims]);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const first = root.current?.querySelector('mark.selected');
    if (first && selectionKey) first.scrollIntoView({ block: 'nearest', behavior: 'auto' });
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
        Published {article.published} · {article.source} · {claims.length} claims
      </p>
      <div className="article-text" ref={root}>
        {segments.map((s) => {
          if (s.claims.length === 0) return <span key={s.start}>{s.text}</span>;
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
              role="button"
              tabIndex={0}
              className={selected ? 'evidence selected' : 'evidence'}
              data-stance={first.stance}
              data-claims={s.claims.map((c) => c.id).join(' ')}
              aria-label={`Evidence for ${label}`}
              title={label}
              style={{
                backgroundColor: `${stanceColour(first.stance)}${selected ? '40' : '1f'}`,
                textDecorationColor: stanceColour(first.stance),
                textDecorationStyle: UNDERLINE[first.stance] as 'solid',
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
}
