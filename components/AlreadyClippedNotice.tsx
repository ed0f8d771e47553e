import { formatDate, t } from '@/utils/i18n';

interface Props {
  collectionName: string;
  clippedAt: number;
}

/** "Already in <collection> since <date>": the article was clipped before; Update or Save as new follow. */
export function AlreadyClippedNotice({ collectionName, clippedAt }: Props) {
  return (
    <p class="notice notice-info" role="status" data-state="already-clipped">
      {t('alreadyClipped', collectionName, formatDate(clippedAt))}
    </p>
  );
}
