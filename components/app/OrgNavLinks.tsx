'use client';

import { ChevronDown, Settings } from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from '@/components/ui/DropdownMenu';
import { cn } from '@/components/ui/cn';

export type NavLink = { href: string; label: string; count?: number; exact?: boolean };

function isCurrent(pathname: string, link: NavLink) {
  return link.exact ? pathname === link.href : pathname === link.href || pathname.startsWith(`${link.href}/`);
}

/**
 * The staff area's menu: the sections a role comes for on one line, admin pages under one
 * settings menu. On a phone the line scrolls inside itself (never the page) and the settings
 * button stays in reach at its end.
 */
export function OrgNavLinks({ label, links, settings }: { label: string; links: NavLink[]; settings: { label: string; links: NavLink[] } | null }) {
  const pathname = usePathname();
  const settingsCurrent = settings?.links.some((link) => isCurrent(pathname, link)) ?? false;
  return (
    <nav aria-label={label} className="border-b border-border bg-surface">
      <div className="mx-auto flex max-w-6xl items-stretch gap-2 px-4">
        <ul className="-mb-px flex min-w-0 flex-1 gap-1 overflow-x-auto text-sm [scrollbar-width:none]">
          {links.map((link) => (
            <li key={link.href} className="shrink-0">
              <Link
                href={link.href}
                aria-current={isCurrent(pathname, link) ? 'page' : undefined}
                className="flex min-h-11 items-center gap-1.5 border-b-2 border-transparent px-2.5 whitespace-nowrap text-muted hover:text-ink aria-[current=page]:border-brand aria-[current=page]:font-semibold aria-[current=page]:text-ink"
              >
                {link.label}
                {link.count ? <span className="rounded-full bg-brand px-1.5 text-xs leading-5 font-semibold text-white">{link.count}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
        {settings ? (
          <DropdownMenu>
            <DropdownMenuTrigger
              className={cn(
                'my-1 flex min-h-10 shrink-0 items-center gap-1.5 rounded-control px-2.5 text-sm text-muted hover:bg-surface-muted hover:text-ink data-[state=open]:bg-surface-muted',
                settingsCurrent && 'font-semibold text-ink',
              )}
            >
              <Settings aria-hidden="true" className="size-4" />
              <span className="sr-only sm:not-sr-only">{settings.label}</span>
              <ChevronDown aria-hidden="true" className="size-4" />
            </DropdownMenuTrigger>
            <DropdownMenuContent>
              {settings.links.map((link) => (
                <DropdownMenuItem key={link.href} asChild>
                  <Link href={link.href} aria-current={isCurrent(pathname, link) ? 'page' : undefined} className="aria-[current=page]:font-semibold">
                    {link.label}
                  </Link>
                </DropdownMenuItem>
              ))}
            </DropdownMenuContent>
          </DropdownMenu>
        ) : null}
      </div>
    </nav>
  );
}
