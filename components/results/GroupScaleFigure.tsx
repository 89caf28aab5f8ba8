'use client';

import { BalanceScale, type BalanceScaleProps } from '@/components/balance/BalanceScale';

/**
 * The balance scale as a client component on staff pages only (dashboard, workshop, APV): the page
 * still arrives drawn, but its RSC payload holds the weights and labels instead of every line,
 * block and title of the drawing (decision 0019). The leader's result and the public pages keep
 * the server-only BalanceScale, whose JavaScript budget has no room for it.
 */
export function GroupScaleFigure(props: BalanceScaleProps) {
  return <BalanceScale {...props} />;
}
