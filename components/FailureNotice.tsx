import { failureMessage, type ClipFailureReason } from '@/utils/failure-messages';
import { t } from '@/utils/i18n';

/** Why the page cannot be clipped (or the save failed), and what to do instead: one sentence each. */
export function FailureNotice({ reason }: { reason: ClipFailureReason }) {
  const { why, what } = failureMessage(reason);
  return (
    <div class="notice notice-warning" role="alert" data-reason={reason}>
      <p class="notice-why">{t(why)}</p>
      <p class="notice-what">{t(what)}</p>
    </div>
  );
}
