// A table of events between states in a layout Entente does not know (any CSV or TSV with a header
// row): the user says which column is the source, the target, the date, the CAMEO code or the stance,
// and optionally the weight and the Goldstein score, as kepler.gl and flowmap.blue map columns. The
// columns are guessed from their names; the first rows are shown so that the choice can be checked.
// Importing reads the file in the event import's worker, which reports rows kept and skipped.
import { useEffect, useId, useRef, useState } from 'react';
import { type ColumnMapping, MAPPED_FIELDS, mappingProblem } from '../domain/dyadic/mappedCsv';
import { Modal } from './Modal';

export interface ColumnMappingProps {
  name: string;
  header: readonly string[];
  /** The first data rows, split into cells. */
  sample: readonly (readonly string[])[];
  /** The guessed mapping the dialog starts from. */
  guess: ColumnMapping;
  /** The mapping to import with, or null to cancel. */
  onChoose: (mapping: ColumnMapping | null) => void;
}

export function ColumnMappingDialog({ name, header, sample, guess, onChoose }: ColumnMappingProps) {
  const id = useId();
  const [mapping, setMapping] = useState(guess);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const problem = mappingProblem(mapping);
  return (
    <Modal titleId={`${id}-title`} className="column-mapping" onEscape={() => onChoose(null)}>
      <h2 id={`${id}-title`}>Map the columns of {name}</h2>
      <p>
        Each row is read as an event between two states. Say which column holds what; a CAMEO code gives the stance by the table the GDELT import uses, or a
        column may give the stance itself.
      </p>
      <div className="mapping-fields">
        {MAPPED_FIELDS.map(({ field, label, required }, i) => (
          <label key={field}>
            <span>
              {label}
              {required ? '' : ' (optional)'}
            </span>
            <select
              ref={i === 0 ? first : undefined}
              value={mapping[field] === null ? '' : String(mapping[field])}
              onChange={(e) => setMapping({ ...mapping, [field]: e.target.value === '' ? null : Number(e.target.value) })}
            >
              <option value="">(none)</option>
              {header.map((h, c) => (
                <option key={c} value={String(c)}>
                  {h || `column ${c + 1}`}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="mapping-sample">
        <table>
          <caption>The first rows</caption>
          <thead>
            <tr>
              {header.map((h, c) => (
                <th key={c} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sample.map((row, r) => (
              <tr key={r}>
                {header.map((_, c) => (
                  <td key={c}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problem && (
        <p className="dialog-message" role="status">
          {problem}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" className="primary" disabled={problem !== null} onClick={() => onChoose(mapping)}>
          Import
        </button>
        <button type="button" onClick={() => onChoose(null)}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
