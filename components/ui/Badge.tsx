import { cva, type VariantProps } from 'class-variance-authority';
import type { HTMLAttributes } from 'react';
import { cn } from './cn';

/** A short status word. The word carries the meaning; the colour only helps the eye. */
export const badgeVariants = cva('inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap [&_svg]:size-3.5', {
  variants: {
    tone: {
      neutral: 'bg-stone-100 text-stone-800',
      info: 'bg-brand-soft text-brand',
      success: 'bg-success-soft text-success ring-1 ring-teal-200',
      warning: 'bg-warning-soft text-warning ring-1 ring-amber-200',
      danger: 'bg-danger-soft text-danger ring-1 ring-red-200',
      strain: 'bg-strain-soft text-strain',
      resource: 'bg-resource-soft text-resource',
    },
  },
  defaultVariants: { tone: 'neutral' },
});

export function Badge({ tone, className, ...props }: HTMLAttributes<HTMLSpanElement> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
