import type { Progress } from '../worksheet/progress';
import { percent } from '../worksheet/progress';

/** Progress as words and a bar; the words carry the meaning, the bar is decoration. */
export function ProgressBar(props: { progress: Progress; label: string }) {
  return (
    <div class="progress">
      <span class="progress-text">
        {props.label}: {props.progress.done} of {props.progress.total} ({percent(props.progress)}%)
      </span>
      <span class="progress-track" aria-hidden="true">
        <span class="progress-fill" style={{ width: `${percent(props.progress)}%` }} />
      </span>
    </div>
  );
}
