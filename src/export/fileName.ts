// File names that say what and when: `entente-morocco-2019-12-06.png`.

/** Lower-case words joined by hyphens, letters and digits only. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `entente-<subject>-<date>[-<part>].<extension>`; the subject is the selection, or else the article. */
export function exportFileName(subject: string, date: string, extension: string, part?: string): string {
  const what = slug(subject) || 'map';
  return `entente-${what}-${date}${part ? `-${slug(part)}` : ''}.${extension}`;
}
