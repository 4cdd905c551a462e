// Article files in the evaluation format: a "# source: …" line, the title, the publication date
// (when known), then the body; other files are read as a pasted article. Offsets count from the title's first character. And the header a
// pasted article usually has: a title line, and a line with its date.
import { findTimes } from '../claims/resolveTime';

export interface ArticleFile {
  source: string;
  title: string;
  published: string | null;
  /** Everything after the source line: title, date, body. Offsets are into this. */
  text: string;
  /** Where the body starts in `text`. */
  bodyStart: number;
}

export function parseArticleFile(content: string): ArticleFile {
  let source = '';
  let text = content.replace(/\r\n?/g, '\n');
  const first = /^# source: (.*)\n/.exec(text);
  if (first) {
    source = first[1]?.trim() ?? '';
    text = text.slice(first[0].length);
  } else {
    // Not the evaluation format: a plain article, with the header a pasted one has, if any
    // ("Australia and China signed a treaty." alone is a body, not a title).
    const header = pastedHeader(text);
    return { source, title: header.title ?? '', published: header.published, text, bodyStart: header.bodyStart };
  }
  const lines = text.split('\n');
  const title = lines[0]?.trim() ?? '';
  let bodyStart = (lines[0]?.length ?? 0) + 1;
  let published: string | null = null;
  const dateLine = lines[1]?.trim() ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(dateLine)) {
    published = dateLine;
    bodyStart += (lines[1]?.length ?? 0) + 1;
  }
  return { source, title, published, text, bodyStart: Math.min(bodyStart, text.length) };
}

/** A day written as a date ("2022-12-21", "December 21, 2022", "21 Dec 2022"), as YYYY-MM-DD; null otherwise. */
export function dayOf(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const found = findTimes(t, { published: null }).find((f) => f.when.kind === 'point' && f.when.at.length === 10);
  return found && found.when.kind === 'point' ? found.when.at : null;
}

export interface PastedHeader {
  title: string | null;
  published: string | null;
  /** Where the body starts, past the title and date lines. */
  bodyStart: number;
}

/**
 * The title and date lines at the top of a pasted article: the first line when it is short and no
 * sentence (no final full stop), and a line among the first few that is mostly a date ("Published
 * 21 December 2022", "Dec. 21, 2022 10:32 AM").
 */
export function pastedHeader(text: string): PastedHeader {
  // The first few lines are enough (an article may be megabytes long).
  const lines = text.slice(0, 2000).split('\n');
  let offset = 0;
  let title: string | null = null;
  let published: string | null = null;
  let bodyStart = 0;
  for (let i = 0, seen = 0; i < lines.length && seen < 4; i++) {
    const line = lines[i] as string;
    offset += line.length + 1;
    const t = line.trim();
    if (!t) continue;
    seen++;
    const day: string | null = published === null && t.length <= 60 ? dayOf(t.replace(/^(?:published|updated|posted|date)\s*:?\s*/i, '').replace(/\s*(?:\d{1,2}:\d{2}.*)$/, '')) : null;
    if (day) {
      published = day;
      bodyStart = offset;
    } else if (title === null && seen === 1 && t.length <= 200 && !/[.!?]["”’]?$/.test(t) && /\S/.test(text.slice(offset))) {
      title = t.replace(/^#+\s*/, '');
      bodyStart = offset;
    } else break;
  }
  return { title, published, bodyStart: Math.min(bodyStart, text.length) };
}
