/** The state line of a long export, backup or import: progress while running, then the outcome. */
import type { MessageKey } from '@/utils/i18n';
import { formatNumber, t } from '@/utils/i18n';

export type Task =
  | { state: 'idle' }
  /** `label` is a message with `$1` (done) and `$2` (total). */
  | { state: 'running'; label: MessageKey; done: number; total: number }
  | { state: 'done'; message: string }
  | { state: 'failed'; message: string };

/** Below this many items a task finishes before a bar would be worth drawing. */
export const PROGRESS_THRESHOLD = 500;

/** Often enough to look smooth; rarer would look stuck, more often only costs renders. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * A progress callback for the slices of utils/export that updates the task at most ten times a
 * second (the slices report every few milliseconds) and always on completion.
 */
export function progressReporter(setTask: (task: Task) => void, label: MessageKey): (progress: { done: number; total: number }) => void {
  let last = 0;
  return ({ done, total }) => {
    const now = performance.now();
    if (done < total && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    setTask({ state: 'running', label, done, total });
  };
}

export function ProgressLine({ task, showBarFrom = PROGRESS_THRESHOLD }: { task: Task; showBarFrom?: number }) {
  if (task.state === 'idle') return null;
  if (task.state === 'failed') {
    return (
      <p class="task-line status-error" role="alert">
        {task.message}
      </p>
    );
  }
  if (task.state === 'done') {
    return (
      <p class="task-line" role="status">
        {task.message}
      </p>
    );
  }
  const text = t(task.label, formatNumber(task.done), formatNumber(task.total));
  // Not a live region: a screen reader would read out every slice. The bar has the value.
  return (
    <div class="task-line" aria-busy="true">
      {task.total > showBarFrom && <progress max={task.total} value={task.done} aria-label={text} />}
      <span class="muted">{text}</span>
    </div>
  );
}
