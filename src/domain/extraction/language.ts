// Which language an article is written in, so that Entente reads only English ones and says so
// plainly of the others ("Entente reads English articles; this one looks French") instead of
// proposing wrong claims. franc-min (MIT) guesses from letter trigrams; short texts are not judged.
import { franc } from 'franc-min';

/** English names of the languages franc-min knows that news often comes in (ISO 639-3 codes). */
const NAMES: Record<string, string> = {
  fra: 'French', spa: 'Spanish', deu: 'German', ita: 'Italian', por: 'Portuguese', rus: 'Russian', ukr: 'Ukrainian', pol: 'Polish',
  nld: 'Dutch', tur: 'Turkish', arb: 'Arabic', pes: 'Persian', cmn: 'Chinese', jpn: 'Japanese', kor: 'Korean', hin: 'Hindi',
  ind: 'Indonesian', vie: 'Vietnamese', swe: 'Swedish', ron: 'Romanian', ces: 'Czech', hun: 'Hungarian', ell: 'Greek', heb: 'Hebrew',
  srp: 'Serbian', hrv: 'Croatian', bul: 'Bulgarian', swh: 'Swahili', tgl: 'Tagalog', zlm: 'Malay', uzn: 'Uzbek', azj: 'Azerbaijani',
};

/** Texts shorter than this are not judged: too few trigrams to tell. */
const MIN_LENGTH = 120;

export type Language = { english: true } | { english: false; code: string; name: string };

/** The language of `text`, judged on its first few thousand characters. */
export function languageOf(text: string): Language {
  const sample = text.slice(0, 4000).trim();
  if (sample.length < MIN_LENGTH) return { english: true };
  const code = franc(sample, { minLength: MIN_LENGTH });
  if (code === 'eng' || code === 'und' || code === 'sco') return { english: true };
  return { english: false, code, name: NAMES[code] ?? `in another language (${code})` };
}

/** What a reader is told about an article Entente will not read. */
export function notEnglishNotice(language: Language & { english: false }): string {
  const looks = language.name.startsWith('in another') ? `looks written ${language.name}` : `looks ${language.name}`;
  return `Entente reads English articles; this one ${looks}. It is kept, so you can add claims by hand by selecting its words.`;
}
