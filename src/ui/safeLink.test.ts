import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safeLink';

describe('safeHttpUrl', () => {
  it('keeps http and https addresses and nothing else', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl(' http://example.org ')).toBe('http://example.org/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHttpUrl('Ben Ariel, citing AFP')).toBeNull();
  });
});
