/** The address as a link target only when it is an http or https URL; anything else (javascript:, data:) is not a link. */
export function safeHttpUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
