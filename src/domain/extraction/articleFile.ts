// Article files in the evaluation format: a "# source: …" line, the title, the publication date
// (when known), then the body. Offsets count from the title's first character.

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
