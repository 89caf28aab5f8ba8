import type { HTMLAttributes } from 'react';
import { cn } from './cn';

import { cardClass } from './card-class';

/** Use `cardClass` where the element must be something else (a <form>, a <li>); `Card` otherwise. */
export { cardClass };

type CardProps = HTMLAttributes<HTMLElement> & { as?: 'div' | 'section' | 'article' | 'li' | 'aside' };

export function Card({ as: Element = 'div', className, ...props }: CardProps) {
  return <Element className={cn(cardClass, className)} {...props} />;
}

export function CardHeader({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn('mb-4 space-y-1', className)} {...props} />;
}

/** A card's title; pick the heading level that fits the page's outline (h2 by default). */
export function CardTitle({ as: Heading = 'h2', className, ...props }: HTMLAttributes<HTMLHeadingElement> & { as?: 'h2' | 'h3' | 'h4' }) {
  return <Heading className={cn('text-base font-semibold text-ink', className)} {...props} />;
}

export function CardDescription({ className, ...props }: HTMLAttributes<HTMLParagraphElement>) {
  return <p className={cn('text-sm text-muted', className)} {...props} />;
}
