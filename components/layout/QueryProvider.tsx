'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

/**
 * TanStack Query for the client components that fetch after the page (the heatmap's slices).
 * One client per mounted subtree: staff answers are never shared between pages, and nothing is
 * refetched behind the reader's back (no window-focus refetch; a failure is retried once, then
 * the component offers a retry).
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1, staleTime: 5 * 60_000, refetchOnWindowFocus: false } } }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
