import type { ReactNode } from 'react';
import { cn } from './cn';

/** The top of every staff page: one h1, a line that says what the page is for, the page's main actions, and an optional way back. */
export function PageHeader({ title, description, actions, back, className }: { title: ReactNode; description?: ReactNode; actions?: ReactNode; back?: ReactNode; className?: string }) {
  return (
    <header className={cn('mb-8 space-y-2', className)}>
      {back ? <div className="text-sm">{back}</div> : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <h1 className="text-page-title font-bold tracking-tight text-balance hyphens-auto [overflow-wrap:break-word] text-ink">{title}</h1>
          {description ? <p className="max-w-prose text-muted">{description}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
    </header>
  );
}
