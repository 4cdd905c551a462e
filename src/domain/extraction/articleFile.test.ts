import { describe, expect, it } from 'vitest';
import { parseArticleFile } from './articleFile';

describe('parseArticleFile', () => {
  it('reads the evaluation format: source, title, date, body', () => {
    const a = parseArticleFile('# source: https://example.org/a\nTitle here\n2021-06-10\n\nBody text.');
    expect([a.source, a.title, a.published, a.text.slice(a.bodyStart).trim()]).toEqual(['https://example.org/a', 'Title here', '2021-06-10', 'Body text.']);
  });
  it('reads any other file as a pasted article: a one-line file is all body', () => {
    const one = parseArticleFile('Australia and China signed a treaty.\n');
    expect([one.title, one.published, one.bodyStart]).toEqual(['', null, 0]);
    const headed = parseArticleFile('Treaty signed\nPublished 21 December 2022\n\nAustralia and China signed a treaty.');
    expect([headed.title, headed.published, headed.text.slice(headed.bodyStart).trim()]).toEqual(['Treaty signed', '2022-12-21', 'Australia and China signed a treaty.']);
  });
});
