import { Info } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';

/**
 * Beside a balance shown as a number: BFA presents "Vægten" in words, as a model for dialogue;
 * the number (lib/domains/balance) is Ledertrivsel's summary of it, and says so.
 */
export function BalanceNumberNote({ className }: { className?: string }) {
  const t = useTranslations('origin');
  return (
    <p className={cn('flex gap-2 text-xs text-[var(--color-muted)]', className)} data-testid="balance-number-note">
      <Info aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
      <span>{t('balanceNumber')}</span>
    </p>
  );
}
