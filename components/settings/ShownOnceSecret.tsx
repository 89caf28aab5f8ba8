'use client';

import { TriangleAlert } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { inputClass } from '@/components/ui/Field';

/** Each page's `created` messages: title, once, copy, copied, copyFailed, and the secret's label. */
type CreatedMessages = { namespace: 'apiKeys.created'; label: 'keyLabel' } | { namespace: 'scim.created'; label: 'tokenLabel' };

/**
 * A secret just created (an API key, a SCIM token), shown this one time with a copy button; it is
 * not stored, so reloading the page forgets it. Focus moves to it so a screen reader user hears it
 * was created. `before` and `after` hold what goes with it (the Tenant URL, how to send it).
 */
export function ShownOnceSecret({ secret, name, messages, before, after }: { secret: string; name: string; messages: CreatedMessages; before?: ReactNode; after?: ReactNode }) {
  const t = useTranslations(messages.namespace);
  const words = { title: t('title', { name }), once: t('once'), label: t(messages.label), copy: t('copy'), copied: t('copied'), copyFailed: t('copyFailed') };
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new secret has not been copied yet; reset beside the focus move
    setCopied('idle');
    heading.current?.focus();
  }, [secret]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border-2 border-teal-700 bg-teal-50 p-5">
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="font-semibold">
        {words.title}
      </h3>
      <p className="mt-1 text-sm font-medium">
        <TriangleAlert aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
        {words.once}
      </p>
      {before}
      <label htmlFor={`${id}-secret`} className="mt-3 block text-sm font-medium">
        {words.label}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input id={`${id}-secret`} readOnly value={secret} onFocus={(e) => e.currentTarget.select()} className={`${inputClass} mt-0 flex-1 font-mono text-sm`} />
        <button type="button" onClick={() => void copy()} className="rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white">
          {words.copy}
        </button>
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm">
        {copied === 'copied' ? words.copied : copied === 'failed' ? words.copyFailed : ''}
      </p>
      {after}
    </section>
  );
}
