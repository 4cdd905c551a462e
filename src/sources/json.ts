// JSON as every source reads it: JSON.parse, and when it fails, the line and column where the text
// stops being JSON (JSON.parse's own messages do not always give a position).
import type { DataProblem } from '../domain/claims/claim';

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where JSON text stops being JSON: the offset of the first character a JSON parser cannot accept
 * (JSON.parse's own messages do not always give a position).
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail());
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      } else if ((text.charCodeAt(i) ?? 0) < 32) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else fail();
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, text.length) : 0;
  }
}

/** JSON.parse, with a syntax error turned into a problem that says where. */
export function parseJson(text: string, file: string): { value: unknown } | { problems: DataProblem[] } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    if (text.trim() === '') return { problems: [{ path: `${file}: the start`, message: 'the file is empty' }] };
    const at = jsonErrorOffset(text);
    const { line, column } = lineAndColumn(text, Math.max(0, at));
    const near = JSON.stringify(text.slice(Math.max(0, at), at + 12));
    const message = at >= text.length ? 'the JSON ends too soon' : `this is not valid JSON here (near ${near})`;
    return { problems: [{ path: `${file}: line ${line}, column ${column}`, message: e instanceof Error && at < 0 ? e.message : message }] };
  }
}

