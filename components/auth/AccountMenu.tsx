'use client';

import { Building2, ChevronDown, LogOut, UserRound } from 'lucide-react';
import { signOut } from 'next-auth/react';
import Link from 'next/link';
import { useState } from 'react';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/DropdownMenu';

type AccountMenuTexts = { menu: string; signedInAs: string; organisations: string; signOut: string; signingOut: string };

/**
 * The signed-in person's corner of the header: who they are, their organisations and "Sign out",
 * behind one button so the header fits a phone. Its texts come as props: the header sits outside
 * the pages' next-intl client provider.
 */
export function AccountMenu({ name, texts }: { name: string; texts: AccountMenuTexts }) {
  const [signingOut, setSigningOut] = useState(false);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className="flex min-h-11 items-center gap-1.5 rounded-control px-2 text-sm hover:bg-surface-muted data-[state=open]:bg-surface-muted" aria-label={`${texts.menu}: ${name}`}>
        <UserRound aria-hidden="true" className="size-5 text-muted" />
        <span className="hidden max-w-40 truncate md:inline">{name}</span>
        <ChevronDown aria-hidden="true" className="size-4 text-muted" />
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel className="normal-case tracking-normal">{texts.signedInAs}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/orgs">
            <Building2 aria-hidden="true" />
            {texts.organisations}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem
          disabled={signingOut}
          onSelect={() => {
            setSigningOut(true);
            void signOut({ callbackUrl: '/' });
          }}
        >
          <LogOut aria-hidden="true" />
          {signingOut ? texts.signingOut : texts.signOut}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
