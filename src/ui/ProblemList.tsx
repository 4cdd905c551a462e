// What was wrong with a file the user brought: each problem with its place. Shown instead of
// changing anything.
import type { DataProblem } from '../domain/claims/claim';

export function ProblemList({ title, problems, onDismiss }: { title: string; problems: DataProblem[]; onDismiss: () => void }) {
  const shown = problems.slice(0, 12);
  return (
    <div className="problems" role="alert">
      <p>
        <strong>{title}</strong>{' '}
        <button type="button" className="link" onClick={onDismiss}>
          dismiss
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
