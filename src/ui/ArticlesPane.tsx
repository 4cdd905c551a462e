// The articles in the workspace: which one is shown beside the map, how many of its claims are
// reviewed, and removing or restoring one.
import type { Article } from '../domain/claims/claim';
import { countOf } from './claimText';

export interface ArticleSummary {
  article: Article;
  claims: number;
  pending: number;
  removed: boolean;
}

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
  return (
    <section className="articles" aria-labelledby="articles-title">
      <header className="panel-header">
        <h2 id="articles-title">Articles</h2>
        <button type="button" className="primary small" onClick={onAdd}>
          Add article
        </button>
      </header>
      <ul className="article-list">
        {articles
          .filter((a) => !a.removed)
          .map(({ article, claims, pending }) => (
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
          ))}
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
