// Bring your own article: paste text, drop a .txt, .md or .html file, or open one; give or confirm
// the title and the publication date; extraction then proposes claims for review. The file's text is
// read as data and shown only as text.
import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { dayOf, parseArticleFile, pastedHeader } from '../domain/extraction/articleFile';
import { htmlToText } from '../domain/extraction/htmlToText';
import { isPartialDate } from '../domain/claims/partialDate';

export interface ArticleDraft {
  title: string;
  published: string;
  source: string;
  text: string;
  /** Where the body starts in `text` (after a title line and a date line, if the file had them). */
  bodyStart: number;
}

/** What went wrong with a reading; `keep` adds the article anyway, for claims made by hand. */
export type ExtractProblem = string | { message: string; keep: () => void };

/** How the dialog follows a reading: it is handed a way to cancel, then told the share read so far. */
export interface ReadingCallbacks {
  onStart: (cancel: () => void) => void;
  onProgress: (share: number) => void;
}

export interface AddArticleDialogProps {
  /** A file dropped on the map, to start from. */
  initialFile?: File | null;
  /** Reads the draft; resolves to a problem to show (with a way to keep the article anyway), or null when it was added. */
  onExtract: (draft: ArticleDraft, reading: ReadingCallbacks) => Promise<ExtractProblem | null>;
  /** Pasted text is checked first: JSON goes to the import (returns false), an article stays here (true). */
  onPastedData: (text: string) => Promise<boolean>;
  onClose: () => void;
}

/** The largest article read, in bytes: beyond it the page would stall while extraction runs. */
export const MAX_ARTICLE_BYTES = 5_000_000;

/** Read a file into a draft: HTML reduced to text, the evaluation format's header understood. */
export async function draftFromFile(file: File): Promise<{ draft: Partial<ArticleDraft>; error: string | null }> {
  if (file.size > MAX_ARTICLE_BYTES) return { draft: {}, error: `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; articles up to ${MAX_ARTICLE_BYTES / 1e6} MB are read.` };
  if (file.size === 0) return { draft: {}, error: `${file.name} is empty.` };
  const raw = await file.text();
  if (raw.slice(0, 4096).includes(String.fromCharCode(0))) return { draft: {}, error: `${file.name} is not a text file.` };
  if (/\.html?$/i.test(file.name) || /^\s*<(?:!doctype|html)/i.test(raw)) {
    const page = htmlToText(raw);
    // The page's headline, when its text starts with it, is the title, not a sentence of the body.
    const firstLine = page.text.split('\n')[0] ?? '';
    const bodyStart = firstLine.trim() && firstLine.trim() === page.title.trim() ? firstLine.length + 1 : 0;
    return { draft: { title: page.title, published: page.published ?? '', source: file.name, text: page.text, bodyStart: Math.min(bodyStart, page.text.length) }, error: null };
  }
  if (raw.startsWith('# source:')) {
    const a = parseArticleFile(raw);
    return { draft: { title: a.title, published: a.published ?? '', source: a.source || file.name, text: a.text, bodyStart: a.bodyStart }, error: null };
  }
  const text = raw.replace(/\r\n?/g, '\n');
  const header = pastedHeader(text);
  const firstLine = text.split('\n').find((l) => l.trim())?.replace(/^#+\s*/, '').trim() ?? file.name;
  return { draft: { title: header.title ?? firstLine, published: header.published ?? '', source: file.name, text, bodyStart: header.bodyStart }, error: null };
}

export function AddArticleDialog({ initialFile, onExtract, onPastedData, onClose }: AddArticleDialogProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [source, setSource] = useState('pasted text');
  const [bodyStart, setBodyStart] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [keep, setKeep] = useState<(() => void) | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const cancelReading = useRef<(() => void) | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);

  const load = async (file: File) => {
    const { draft, error } = await draftFromFile(file);
    setMessage(error);
    if (error) return;
    setText(draft.text ?? '');
    setTitle(draft.title ?? '');
    setPublished(draft.published ?? '');
    setSource(draft.source ?? file.name);
    setBodyStart(draft.bodyStart ?? 0);
  };

  useEffect(() => {
    textArea.current?.focus();
    if (initialFile) void load(initialFile);
    // Only the file the dialog was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** New text typed or pasted: its title and date lines, when it has them, fill the fields left empty. */
  const takeText = (value: string) => {
    setText(value);
    const header = pastedHeader(value);
    setBodyStart(header.bodyStart);
    if (header.title && !title) setTitle(header.title);
    if (header.published && !published) setPublished(header.published);
  };

  const submit = async () => {
    const body = text.trim();
    if (!body) return setMessage('Paste an article or choose a file first.');
    if (source === 'pasted text' && !(await onPastedData(text))) return;
    const day = dayOf(published);
    if (!(day && isPartialDate(day))) return setMessage('Give the publication date (YYYY-MM-DD): relative dates like "last year" are read against it.');
    if (day !== published) setPublished(day);
    setBusy(true);
    setMessage(null);
    setProgress(0);
    const problem = await onExtract(
      { title: title.trim() || body.split('\n')[0]!.slice(0, 120), published: day, source, text, bodyStart: Math.min(bodyStart, text.length) },
      { onStart: (cancel) => (cancelReading.current = cancel), onProgress: setProgress },
    );
    cancelReading.current = null;
    setBusy(false);
    setProgress(null);
    if (problem) {
      setMessage(typeof problem === 'string' ? problem : problem.message);
      setKeep(typeof problem === 'string' ? null : () => problem.keep);
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    // The article is the dialog's: the page's own drop (which opens files) must not see it too.
    e.stopPropagation();
    const file = e.dataTransfer.files[0];
    if (file) void load(file);
  };

  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <h2 id={`${id}-title`}>Add an article</h2>
        <p className="meta">Paste its text, or drop or open a .txt, .md or .html file. Entente reads its claims for you to review.</p>
        <div className="field">
          <label htmlFor={`${id}-file`}>File</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown"
            onChange={(e) => e.target.files?.[0] && void load(e.target.files[0])}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>Article text</label>
          <textarea
            id={`${id}-text`}
            ref={textArea}
            rows={10}
            value={text}
            onChange={(e) => takeText(e.target.value)}
          />
        </div>
        <div className="field-row">
          <div className="field grow">
            <label htmlFor={`${id}-title-input`}>Title</label>
            <input id={`${id}-title-input`} value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-published`}>Published</label>
            <input
              id={`${id}-published`}
              type="text"
              inputMode="numeric"
              placeholder="YYYY-MM-DD"
              pattern="\d{4}-\d{2}-\d{2}"
              size={11}
              value={published}
              required
              onChange={(e) => setPublished(e.target.value.trim())}
            />
          </div>
        </div>
        {message && (
          <p className="dialog-message" role="alert">
            {message}{' '}
            {keep && (
              <button type="button" onClick={keep}>
                Keep it to add claims by hand
              </button>
            )}
          </p>
        )}
        {busy && progress !== null && (
          <div className="reading-progress">
            <progress aria-label="Reading the article" max={1} value={progress} />
            <button type="button" onClick={() => cancelReading.current?.()}>
              Stop reading
            </button>
          </div>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={() => (busy ? cancelReading.current?.() : onClose())}>
            Cancel
          </button>
          <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
            {busy ? 'Reading…' : 'Extract claims'}
          </button>
        </div>
      </div>
    </div>
  );
}
