import type { ConfirmArchiveLabels } from './ConfirmArchiveForm';

type Translate = (
  key: 'archive.button' | 'archive.confirmTitle' | 'archive.confirmText' | 'archive.confirmButton' | 'archive.cancel' | 'archive.archiving' | 'archive.failed',
  values?: { name: string },
) => string;

/** The archive dialog's texts: groups and leaders keep the same keys under their own namespace. */
export function archiveLabels(t: Translate, name: string): ConfirmArchiveLabels {
  return {
    button: t('archive.button'),
    title: t('archive.confirmTitle', { name }),
    text: t('archive.confirmText'),
    confirm: t('archive.confirmButton'),
    cancel: t('archive.cancel'),
    pending: t('archive.archiving'),
    failed: t('archive.failed'),
  };
}
