import type { Relation } from '../domain/relations/relationsAsOf';
import { stanceColour } from '../domain/relations/arcStyle';
import { strongestClaim } from './claimText';

export interface ArcTooltipProps {
  relation: Relation;
  x: number;
  y: number;
  nameOf: (id: string) => string;
}

/** What hovering an arc shows: the pair, the stance, and the strongest quote on one line. */
export function ArcTooltip({ relation, x, y, nameOf }: ArcTooltipProps) {
  const quote = strongestClaim(relation.support).evidence.quote;
  return (
    <div className="arc-tooltip" role="tooltip" style={{ left: x + 14, top: y + 14 }} data-testid="arc-tooltip">
      <div className="arc-tooltip-head">
        <strong>
          {nameOf(relation.a)} – {nameOf(relation.b)}
        </strong>{' '}
        <span className="stance-tag" style={{ borderColor: stanceColour(relation.stance) }}>
          {relation.stance}
        </span>{' '}
        <span className="meta">{relation.certainty}</span>
      </div>
      <div className="arc-tooltip-quote">“{quote}”</div>
    </div>
  );
}
