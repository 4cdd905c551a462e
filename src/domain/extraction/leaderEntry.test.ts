import { describe, expect, it } from 'vitest';
import { l } from './leaderEntry';

describe('a leader entry', () => {
  it('gives by default the last word of the name as its short name, never a regnal number ("I" would be the pronoun)', () => {
    expect(l('RUS', 'Tsar Alexander I', 1801, 1825).short).toEqual(['Alexander']);
    expect(l('ESP', 'King Felipe VI', 2014, null).short).toEqual(['Felipe']);
    expect(l('RUS', 'Vladimir Putin', 1999, null).short).toEqual(['Putin']);
  });
});
