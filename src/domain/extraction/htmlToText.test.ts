import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlToText';

describe('htmlToText', () => {
  it('keeps the article text and drops scripts, navigation and markup', () => {
    const html = `<html><head><title>Site | Story</title><meta property="article:published_time" content="2021-12-10T08:00:00Z"><script>alert(1)</script></head>
      <body><nav>Home | World</nav><article><h1>Nicaragua breaks ties</h1><p>Nicaragua ended ties with <b>Taiwan</b> on Thursday.</p>
      <p>It switched to Beijing &amp; more&nbsp;&#8212; said officials.</p><aside>Related</aside></article><footer>©</footer></body></html>`;
    const out = htmlToText(html);
    expect(out.title).toBe('Nicaragua breaks ties');
    expect(out.published).toBe('2021-12-10');
    expect(out.text).toBe('Nicaragua breaks ties\n\nNicaragua ended ties with Taiwan on Thursday.\n\nIt switched to Beijing & more — said officials.');
  });

  it('leaves markup in the text as text, never as elements', () => {
    const out = htmlToText('<p>&lt;img src=x onerror=alert(1)&gt; is a string</p>');
    expect(out.text).toBe('<img src=x onerror=alert(1)> is a string');
  });
});
