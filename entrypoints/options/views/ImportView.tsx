/**
 * Backup and restore: download a backup of the whole library, or restore one. A chosen file is
 * checked completely first; the user then sees what restoring would add, update and skip, and
 * only "Import" writes — in one transaction, so a failure changes nothing.
 */
import { useRef, useState } from 'preact/hooks';
import { checkBackupFile, createBackup, previewRestore, restoreBackup, type CheckedBackup } from '@/utils/backup';
import { downloadFile } from '@/utils/download';
import { EXPORT_FORMATS } from '@/utils/export';
import { formatNumber, t, type MessageKey } from '@/utils/i18n';
import { isEmptyPlan, type ImportPlan } from '@/utils/import/plan';
import type { ImportProblem, InvalidIssue } from '@/utils/import/read';
import { classifyStorageError } from '@/utils/storage-errors';
import { describeError } from '@/utils/user-errors';
import { progressReporter, ProgressLine, type Task } from './progress';

type Restore = { phase: 'none' } | { phase: 'preview'; fileName: string; checked: CheckedBackup; plan: ImportPlan };

export function ImportView() {
  const [backupTask, setBackupTask] = useState<Task>({ state: 'idle' });
  const [importTask, setImportTask] = useState<Task>({ state: 'idle' });
  const [restore, setRestore] = useState<Restore>({ phase: 'none' });
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = backupTask.state === 'running' || importTask.state === 'running';

  const onBackup = async () => {
    setBackupTask({ state: 'running', label: 'backupProgress', done: 0, total: 0 });
    try {
      const file = await createBackup({ onProgress: progressReporter(setBackupTask, 'backupProgress') });
      downloadFile(file.fileName, file.blob, EXPORT_FORMATS.backup.mime);
      setBackupTask({ state: 'done', message: t('backupDone', file.fileName) });
    } catch (error) {
      setBackupTask({ state: 'failed', message: t('backupFailed', describeError(error)) });
    }
  };

  const onChooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after a fix
    if (!file) return;
    setRestore({ phase: 'none' });
    setImportTask({ state: 'running', label: 'importCheckingProgress', done: 0, total: 0 });
    try {
      const checked = await checkBackupFile(file, { onProgress: progressReporter(setImportTask, 'importCheckingProgress') });
      if (!checked.ok) {
        setImportTask({ state: 'failed', message: `${problemMessage(checked.problem)} ${t('importRejected')}` });
        return;
      }
      const plan = await previewRestore(checked);
      setRestore({ phase: 'preview', fileName: file.name, checked, plan });
      setImportTask({ state: 'idle' });
    } catch (error) {
      setImportTask({ state: 'failed', message: t('importFailed', describeError(error)) });
    }
  };

  const onConfirm = async () => {
    if (restore.phase !== 'preview') return;
    setImportTask({ state: 'running', label: 'importWriting', done: 0, total: 0 });
    try {
      const done = await restoreBackup(restore.checked);
      setRestore({ phase: 'none' });
      setImportTask({
        state: 'done',
        message: t('importDone', formatNumber(done.clippings.add.length), formatNumber(done.clippings.update.length), formatNumber(done.collections.add.length)),
      });
    } catch (error) {
      const quota = classifyStorageError(error) === 'quota';
      setImportTask({ state: 'failed', message: quota ? t('importFailedQuota') : t('importFailed', describeError(error)) });
    }
  };

  return (
    <section class="backup-panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p class="muted">{t('backupExplain')}</p>
      <div class="export-actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void onBackup()}>
          {t('backupDownload')}
        </button>
      </div>
      <ProgressLine task={backupTask} />

      <div class="field import-field">
        <label for="import-file">{t('importChoose')}</label>
        <input
          ref={fileInput}
          id="import-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => void onChooseFile(e.currentTarget)}
        />
      </div>

      {restore.phase === 'preview' && (
        <div class="import-preview" role="region" aria-labelledby="import-preview-heading">
          <h3 id="import-preview-heading">{t('importPreviewHeading', restore.fileName)}</h3>
          <PlanSummary plan={restore.plan} settings={Object.keys(restore.checked.settings.restore).length} />
          <div class="export-actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void onConfirm()}>
              {t('importConfirm')}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                setRestore({ phase: 'none' });
                fileInput.current?.focus();
              }}
            >
              {t('importCancel')}
            </button>
          </div>
        </div>
      )}
      <ProgressLine task={importTask} />
    </section>
  );
}

function PlanSummary({ plan, settings }: { plan: ImportPlan; settings: number }) {
  const lines: [MessageKey, number][] = [
    ['importAddClippings', plan.clippings.add.length],
    ['importUpdateClippings', plan.clippings.update.length],
    ['importAddCollections', plan.collections.add.length],
    ['importSkipUnchanged', plan.clippings.unchanged],
    ['importSkipNewer', plan.clippings.keptNewer],
    ['importSkipCollections', plan.collections.existing],
    ['importRestoreSettings', settings],
  ];
  return (
    <>
      {isEmptyPlan(plan) && <p>{t('importNothingToDo')}</p>}
      <ul class="import-plan">
        {lines
          .filter(([, n]) => n > 0)
          .map(([key, n]) => (
            <li key={key} data-plan={key}>
              {t(key, formatNumber(n))}
            </li>
          ))}
      </ul>
    </>
  );
}

const ISSUES: Record<InvalidIssue, MessageKey> = {
  'unknown-field': 'importIssueUnknownField',
  'missing-field': 'importIssueMissingField',
  'wrong-type': 'importIssueWrongType',
  'too-long': 'importIssueTooLong',
  'too-many': 'importIssueTooMany',
  'bad-value': 'importIssueBadValue',
  'duplicate-id': 'importIssueDuplicateId',
  'duplicate-name': 'importIssueDuplicateName',
  'missing-collection': 'importIssueMissingCollection',
};

/** A sentence for each way a file can be wrong. */
export function problemMessage(problem: ImportProblem): string {
  const mb = (bytes: number) => formatNumber(Math.ceil(bytes / (1024 * 1024)));
  switch (problem.reason) {
    case 'empty':
      return t('importProblemEmpty');
    case 'too-large':
      return t('importProblemTooLarge', mb(problem.bytes), mb(problem.limit));
    case 'binary':
      return problem.kind === 'zip' ? t('importProblemZip') : t('importProblemBinary');
    case 'not-utf8':
      return t('importProblemEncoding');
    case 'not-json':
      return t('importProblemNotJson', problem.detail);
    case 'foreign':
      return t('importProblemForeign');
    case 'newer-version':
      return t('importProblemNewer', problem.version);
    case 'invalid':
      return t('importProblemInvalid', problem.path, t(ISSUES[problem.issue]));
  }
}
