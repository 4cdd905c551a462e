// What was wrong with a file the user brought: each problem with its place. Shown instead of
// changing anything.
import type { DataProblem } from '../domain/claims/claim';

export interface ProblemListProps {
  title: string;
  problems: DataProblem[];
  onDismiss: () => void;
  /** What the user may do anyway, such as taking the valid part of a file. */
  action?: { label: string; run: () => void } | undefined;
}

export function ProblemList({ title, problems, onDismiss, action }: ProblemListProps) {
  const shown = problems.slice(0, 30);
  return (
    <div className="problems" role="alert">
      <p>
        <strong>{title}</strong>{' '}
        {action && (
          <button type="button" className="primary small" onClick={action.run}>
            {action.label}
          </button>
        )}{' '}
        <button type="button" className="link" onClick={onDismiss}>
          {action ? 'cancel' : 'dismiss'}
        </button>
      </p>
      <ul>
        {shown.map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
        {problems.length > shown.length && <li>and {problems.length - shown.length} more problems</li>}
      </ul>
    </div>
  );
}
