// Rows and cells of comma-separated text: fields split at commas outside double quotes, a quote
// inside quotes doubled, rows ended by CRLF, LF or CR. The one reader of the quoting rules, for the
// claims CSV Entente writes (src/export/claimsTable.ts) and comma-separated GDELT exports
// (src/domain/gdelt/gdeltLayout.ts).

/** The rows of `text`, each a list of its cells (a byte-order mark is the caller's to strip). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
