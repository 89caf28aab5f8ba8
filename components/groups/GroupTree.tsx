import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { GroupTreeNode } from '@/lib/domains/groups/queries';

/**
 * The active groups as nested lists, so assistive technology announces the levels ("list, 3
 * items, level 2"). Each group links to its own page, where it is renamed, moved or archived.
 */
export async function GroupTree({ orgSlug, nodes }: { orgSlug: string; nodes: GroupTreeNode[] }) {
  const t = await getTranslations('groups.tree');
  const children = new Map<string | null, GroupTreeNode[]>();
  const ids = new Set(nodes.map((n) => n.id));
  for (const node of nodes) {
    const key = node.parentId !== null && ids.has(node.parentId) ? node.parentId : null;
    children.set(key, [...(children.get(key) ?? []), node]);
  }
  const renderLevel = (parentId: string | null, depth: number) => (
    <ul className={depth === 0 ? 'space-y-2' : 'mt-2 space-y-2 border-l-2 border-stone-200 pl-5'}>
      {(children.get(parentId) ?? []).map((node) => (
        <li key={node.id}>
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <Link href={`/${orgSlug}/groups/${node.id}`} className="font-medium text-[var(--color-brand)] underline-offset-4 hover:underline">
              {node.name}
            </Link>
            <span className="text-sm text-[var(--color-muted)]">
              {t('leaderCount', { count: node.leaderCount })}
              {node.childCount > 0 ? ` · ${t('subtreeCount', { count: node.subtreeLeaderCount })}` : null}
            </span>
          </div>
          {children.has(node.id) ? renderLevel(node.id, depth + 1) : null}
        </li>
      ))}
    </ul>
  );
  return renderLevel(null, 0);
}
