import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { pageErrorFrom } from '@/lib/results/page-guard';

/** A dialogue error as the page's answer: a round that has not closed has no workshop (404), the rest as the results pages do. */
export function dialoguePageError(error: unknown): never {
  if (error instanceof AppError && error.code === 'conflict') notFound();
  return pageErrorFrom(error);
}
