'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';

/**
 * Ends the database session (next-auth deletes it) and returns to the front page. Its texts
 * come as props: the header sits outside the pages' next-intl client provider.
 */
export function SignOutButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: '/' });
      }}
      className="rounded-md border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
