import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import { ArrowLeft } from 'lucide-react';
import { cardClass } from '@/components/ui/Card';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { FormMessage } from '@/components/ui/Field';
import { ForgetFlashParams } from '@/components/ui/ForgetFlashParams';
import { archiveLabels } from '@/components/groups/archive-labels';
import { ConfirmArchiveForm } from '@/components/groups/ConfirmArchiveForm';
import { RestoreForm } from '@/components/groups/RestoreForm';
import { EditLeaderForm } from '@/components/leaders/EditLeaderForm';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { getGroupOptions } from '@/lib/domains/groups/queries';
import { getLeader } from '@/lib/domains/leaders/queries';
import { archiveLeaderAction, eraseLeaderAction, restoreLeaderAction, updateLeaderAction } from '../actions';

type Props = { params: Promise<{ orgSlug: string; leaderId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('leaders'))('edit.metaTitle') };
}

const card = cardClass;

export default async function LeaderPage({ params, searchParams }: Props) {
  const { orgSlug, leaderId } = await params;
  const member = await requireOrgPage(orgSlug, 'leaders:manage', `/${orgSlug}/leaders/${leaderId}`);
  const [leader, groups] = await Promise.all([getLeader(member.organisation.id, leaderId), getGroupOptions(member.organisation.id)]);
  if (!leader) notFound();
  const { restored } = await searchParams;
  const t = await getTranslations('leaders');
  const tErase = await getTranslations('dataProtection.erase');
  const format = dateFormatter(toLocale(await getLocale()));

  return (
    <div className="space-y-8">
      <p>
        <Link href={`/${orgSlug}/leaders`} className="text-sm underline-offset-4 hover:underline">
          <ArrowLeft aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
          {t('edit.back')}
        </Link>
      </p>
      <header>
        <h1 className="text-2xl font-semibold">{leader.name}</h1>
        <p className="mt-1 text-[var(--color-muted)]">{leader.erasedAt ? leader.groupPath : `${leader.email} · ${leader.groupPath}`}</p>
      </header>
      <ForgetFlashParams names={['restored']} />
      {restored === '1' && !leader.archivedAt ? <FormMessage tone="success">{t('restore.done', { name: leader.name })}</FormMessage> : null}

      {leader.erasedAt ? (
        <FormMessage tone="success">{tErase('erasedNotice', { date: format.dateTime(leader.erasedAt, { dateStyle: 'medium' }) })}</FormMessage>
      ) : leader.archivedAt ? (
        <>
          <FormMessage tone="warning">{t('edit.archivedNotice', { date: format.dateTime(leader.archivedAt, { dateStyle: 'medium' }) })}</FormMessage>
          <section aria-labelledby="restore-title" className={card}>
            <h2 id="restore-title" className="mb-1 text-lg font-semibold">
              {t('restore.title')}
            </h2>
            <p className="mb-3 text-sm text-[var(--color-muted)]">{t('restore.lead')}</p>
            <RestoreForm
              action={restoreLeaderAction.bind(null, orgSlug)}
              field="leaderId"
              id={leader.id}
              labels={{ button: t('restore.button', { name: leader.name }), pending: t('restore.restoring'), failed: t('restore.failed') }}
            />
          </section>
        </>
      ) : (
        <>
          <section aria-labelledby="edit-title" className={card}>
            <h2 id="edit-title" className="mb-1 text-lg font-semibold">
              {t('edit.title')}
            </h2>
            <p className="mb-4 text-sm text-[var(--color-muted)]">{t('edit.lead')}</p>
            <EditLeaderForm
              action={updateLeaderAction.bind(null, orgSlug)}
              leaderId={leader.id}
              groups={groups.map(({ id, path }) => ({ id, path }))}
              current={{
                name: leader.name,
                email: leader.email,
                groupId: leader.groupId,
                managerEmail: leader.managerEmail ?? '',
                locale: leader.locale ?? '',
                employeeNumber: leader.employeeNumber ?? '',
              }}
            />
          </section>
          <section aria-labelledby="archive-title" className={card}>
            <h2 id="archive-title" className="mb-1 text-lg font-semibold">
              {t('archive.title')}
            </h2>
            <p className="mb-3 text-sm text-[var(--color-muted)]">{t('archive.lead')}</p>
            <ConfirmArchiveForm action={archiveLeaderAction.bind(null, orgSlug)} field="leaderId" id={leader.id} labels={archiveLabels(t, leader.name)} />
          </section>
        </>
      )}

      {leader.erasedAt ? null : (
        <section aria-labelledby="erase-title" className={card}>
          <h2 id="erase-title" className="mb-1 text-lg font-semibold">
            {tErase('title')}
          </h2>
          <p className="mb-3 max-w-prose text-sm text-[var(--color-muted)]">{tErase('lead')}</p>
          <ConfirmArchiveForm
            action={eraseLeaderAction.bind(null, orgSlug)}
            field="leaderId"
            id={leader.id}
            labels={{
              button: tErase('button'),
              title: tErase('dialogTitle', { name: leader.name }),
              text: tErase('dialogText'),
              confirm: tErase('confirm'),
              cancel: tErase('cancel'),
              pending: tErase('pending'),
              failed: tErase('failed'),
            }}
          />
        </section>
      )}
    </div>
  );
}
