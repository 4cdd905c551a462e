// HTML reduced to its article text, as plain string work (no DOM, nothing is ever rendered): the
// <article> (or <main>, or the body) without scripts, styles, navigation and other page furniture;
// block ends become line breaks; entities are decoded. The result is data, shown only as text.

const DROP = ['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'figure', 'button'];
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

function inner(html: string, tag: string): string | null {
  const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, 'i').exec(html);
  return m ? (m[1] ?? '') : null;
}

export interface HtmlArticle {
  title: string;
  text: string;
  /** A publication date found in the page's metadata, YYYY-MM-DD. */
  published: string | null;
}

export function htmlToText(html: string): HtmlArticle {
  let doc = html.replace(/<!--[\s\S]*?-->/g, '');
  const title = decodeEntities((inner(doc, 'h1') ?? inner(doc, 'title') ?? '').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
  const published =
    /<meta[^>]+(?:property|name)=["'](?:article:published_time|date|pubdate|publish-date|dc\.date)["'][^>]*content=["'](\d{4}-\d{2}-\d{2})/i.exec(doc)?.[1] ??
    /<time[^>]+datetime=["'](\d{4}-\d{2}-\d{2})/i.exec(doc)?.[1] ??
    null;
  for (const tag of DROP) doc = doc.replace(new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}\\s*>`, 'gi'), ' ');
  doc = inner(doc, 'article') ?? inner(doc, 'main') ?? inner(doc, 'body') ?? doc;
  const text = decodeEntities(
    doc
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(?:p|div|h[1-6]|li|blockquote|tr|section)\s*>/gi, '\n\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title, text, published };
}
