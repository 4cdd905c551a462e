// The list view: every relation as a table a screen reader can read, in sync with the map's filters
// and selection.
import type { Relation } from '../domain/relations/relationsAsOf';
import { STANCE_PATTERN_NAME, stanceColour } from '../domain/relations/arcStyle';
import { whenText } from './claimText';

export interface RelationTableProps {
  relations: Relation[];
  asOf: string;
  isSelected: (relation: Relation) => boolean;
  nameOf: (id: string) => string;
  onSelectPair: (key: string) => void;
  hiddenCount: number;
}

export function RelationTable({ relations, asOf, isSelected, nameOf, onSelectPair, hiddenCount }: RelationTableProps) {
  return (
    <section className="list-view" aria-labelledby="list-title">
      <h2 id="list-title">Relations as of {asOf}</h2>
      <p className="meta">
        {relations.length} relation{relations.length === 1 ? '' : 's'} shown
        {hiddenCount > 0 ? `, ${hiddenCount} hidden by the filters` : ''}.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Pair</th>
            <th scope="col">Stance</th>
            <th scope="col">Certainty</th>
            <th scope="col">Date</th>
            <th scope="col">Claims</th>
            <th scope="col">Quote</th>
          </tr>
        </thead>
        <tbody>
          {relations.map((r) => {
            const selected = isSelected(r);
            return (
              <tr key={r.key} className={selected ? 'selected' : undefined} aria-current={selected ? 'true' : undefined} data-pair={r.key}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSelectPair(r.key)}>
                    {nameOf(r.a)} – {nameOf(r.b)}
                  </button>
                </th>
                <td>
                  <span className="swatch" style={{ background: stanceColour(r.stance) }} aria-hidden="true" /> {r.stance}
                  <span className="visually-hidden"> ({STANCE_PATTERN_NAME[r.stance]})</span>
                </td>
                <td>{r.certainty}</td>
                <td>{whenText(r.decidedBy)}</td>
                <td>{r.support.length}</td>
                <td className="quote">“{r.decidedBy.evidence.quote}”</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
