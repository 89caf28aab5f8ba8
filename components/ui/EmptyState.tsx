import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from './cn';

/** What a list or a page shows before there is anything in it: what will be here, and the one step that fills it. */
export function EmptyState({
  icon: Icon,
  title,
  titleAs: Title = 'h2',
  children,
  action,
  className,
}: {
  icon?: LucideIcon;
  title: string;
  /** The heading level that fits the page's outline; 'p' where the empty state is not a section of its own. */
  titleAs?: 'h2' | 'h3' | 'p';
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  return (
    <div className={cn('flex flex-col items-center rounded-card border border-dashed border-border-strong bg-surface px-6 py-10 text-center', className)}>
      {Icon ? (
        <span className="mb-3 flex size-11 items-center justify-center rounded-full bg-brand-soft text-brand">
          <Icon aria-hidden="true" className="size-5" />
        </span>
      ) : null}
      <Title className="text-base font-semibold text-ink">{title}</Title>
      {children ? <div className="mt-1 max-w-prose text-sm text-muted">{children}</div> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
