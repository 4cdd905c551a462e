// The articles and event data sets in the workspace: which article is shown beside the map, how
// many of its claims are reviewed, what a data set read (rows read, kept and skipped, its dates),
// and removing or restoring either.
import type { Article } from '../domain/claims/claim';
import { countOf } from './claimText';

export interface ArticleSummary {
  article: Article;
  claims: number;
  pending: number;
  removed: boolean;
  /** An event data set (one import of event files), not an article. */
  dataSet?: boolean;
}

/** A data set's counts and dates from its source line ("files; 14,968 rows read, …; events from … to …"). */
const dataSetCounts = (source: string) => source.slice(source.indexOf('; ') + 2);

export interface ArticlesPaneProps {
  articles: ArticleSummary[];
  shown: string | null;
  showUnreviewed: boolean;
  onShow: (id: string) => void;
  onReview: (id: string) => void;
  onRemove: (id: string) => void;
  onRestore: (id: string) => void;
  onAdd: () => void;
  onShowUnreviewed: (show: boolean) => void;
}

export function ArticlesPane(props: ArticlesPaneProps) {
  const { articles, shown, showUnreviewed, onShow, onReview, onRemove, onRestore, onAdd, onShowUnreviewed } = props;
  const removed = articles.filter((a) => a.removed);
  const anyDataSet = articles.some((a) => a.dataSet && !a.removed);
  return (
    <section className="articles" aria-labelledby="articles-title">
      <header className="panel-header">
        <h2 id="articles-title">{anyDataSet ? 'Articles and data sets' : 'Articles'}</h2>
        <button type="button" className="primary small" onClick={onAdd}>
          Add article
        </button>
      </header>
      <ul className="article-list">
        {articles
          .filter((a) => !a.removed)
          .map(({ article, claims, pending, dataSet }) =>
            dataSet ? (
              <li key={article.id} className="data-set" title={article.source}>
                <span className="article-name">{article.title}</span>
                <span className="meta"> · {countOf(claims, 'event')}</span>{' '}
                <button type="button" className="link" onClick={() => onRemove(article.id)} aria-label={`Remove ${article.title}`}>
                  remove
                </button>
                <br />
                <small data-testid="data-set-counts">{dataSetCounts(article.source)}</small>
              </li>
            ) : (
            <li key={article.id} className={article.id === shown ? 'current' : undefined}>
              <button type="button" className="link article-name" aria-current={article.id === shown ? 'true' : undefined} onClick={() => onShow(article.id)}>
                {article.title}
              </button>
              <span className="meta">
                {' '}
                · {article.published} · {countOf(claims, 'claim')}
                {pending > 0 ? `, ${pending} to review` : ''}
              </span>{' '}
              <button type="button" className="link" onClick={() => onReview(article.id)}>
                review
              </button>{' '}
              <button type="button" className="link" onClick={() => onRemove(article.id)} aria-label={`Remove ${article.title}`}>
                remove
              </button>
            </li>
            ),
          )}
      </ul>
      {removed.length > 0 && (
        <p className="meta">
          Removed:{' '}
          {removed.map(({ article }) => (
            <span key={article.id}>
              {article.title}{' '}
              <button type="button" className="link" onClick={() => onRestore(article.id)} aria-label={`Restore ${article.title}`}>
                restore
              </button>{' '}
            </span>
          ))}
        </p>
      )}
      <label className="switch">
        <input type="checkbox" role="switch" checked={showUnreviewed} onChange={(e) => onShowUnreviewed(e.target.checked)} /> Show unreviewed claims on the
        map (drawn faint)
      </label>
    </section>
  );
}
