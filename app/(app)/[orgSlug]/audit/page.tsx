import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AuditFilter } from '@/components/audit/AuditFilter';
import { AuditTable } from '@/components/audit/AuditTable';
import { AUDIT_PAGE_SIZE, listAuditActions, listAuditEntries, parseAuditFilter } from '@/lib/domains/audit/queries';
import { requireOrgPage } from '@/lib/edges/session/org-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('audit');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ params, searchParams }: { params: Promise<{ orgSlug: string }>; searchParams: SearchParams }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'audit:read', `/${orgSlug}/audit`);
  const filter = parseAuditFilter(await searchParams);
  const [page, actions] = await Promise.all([listAuditEntries(member.db, filter), listAuditActions(member.db)]);
  const t = await getTranslations('audit');
  const query = (extra: Record<string, string>) => {
    const search = new URLSearchParams({ ...(filter.action ? { action: filter.action } : {}), ...extra });
    const text = search.toString();
    return text ? `?${text}` : '';
  };
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t('title')}</h1>
          <p className="mt-1 text-[var(--color-muted)]">{t('lead')}</p>
        </div>
        <a href={`/${orgSlug}/audit/export${query({})}`} className="rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white" download>
          {t('export')}
        </a>
      </header>

      <AuditFilter actions={actions} current={filter.action} />

      {page.total === 0 ? (
        <p className="rounded-card border border-dashed border-border-strong bg-surface p-6 text-[var(--color-muted)]">{filter.action ? t('emptyFiltered') : t('empty')}</p>
      ) : (
        <>
          <p role="status" className="text-sm text-[var(--color-muted)]">
            {t('count', { total: page.total, from: (page.page - 1) * AUDIT_PAGE_SIZE + 1, to: (page.page - 1) * AUDIT_PAGE_SIZE + page.entries.length })}
          </p>
          <AuditTable entries={page.entries} />
          {page.pageCount > 1 ? (
            <nav aria-label={t('pagination.label')} className="flex items-center justify-between gap-4 text-sm">
              {page.page > 1 ? (
                <Link href={`/${orgSlug}/audit${query({ page: String(page.page - 1) })}`} className="underline" rel="prev">
                  <ArrowLeft aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
                  {t('pagination.newer')}
                </Link>
              ) : (
                <span />
              )}
              <span>{t('pagination.page', { page: page.page, pages: page.pageCount })}</span>
              {page.page < page.pageCount ? (
                <Link href={`/${orgSlug}/audit${query({ page: String(page.page + 1) })}`} className="underline" rel="next">
                  {t('pagination.older')}
                  <span aria-hidden="true"> →</span>
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
