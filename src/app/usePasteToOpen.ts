// Pasting on the page (not in a text field, no dialog open) opens what was pasted, as a drop does:
// files as files; text as a snapshot, claims, event rows or, failing those, a new article in the Add
// article dialog.
import { useEffect } from 'react';
import type { ImportResult } from '../sources/inputFormats';

export function usePasteToOpen(
  openFiles: (files: File[]) => Promise<void>,
  openText: (name: string, text: string) => Promise<ImportResult>,
  addArticle: (adding: { file: File }) => void,
): void {
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.defaultPrevented || target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]') || document.querySelector('[role="dialog"]')) return;
      const files = [...(e.clipboardData?.files ?? [])];
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!files.length && !text.trim()) return;
      e.preventDefault();
      if (files.length) {
        void openFiles(files);
        return;
      }
      void openText('pasted text', text).then((result) => {
        if (result.kind === 'article') addArticle({ file: new File([text], 'pasted text.txt', { type: 'text/plain' }) });
      });
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [openFiles, openText, addArticle]);
}
