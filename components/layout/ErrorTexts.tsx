'use client';

import { createContext, useContext, type ReactNode } from 'react';

export interface ErrorTextsValue {
  title: string;
  text: string;
  retry: string;
}

// A three-string context of our own instead of next-intl's client provider at the root: the
// provider would put an ICU message formatter (~10 kB gzip) into every page, including the
// leader's questionnaire, whose JavaScript budget has no room for it. The texts themselves come
// from the next-intl catalogue (translated in the root layout on the server).
const ErrorTexts = createContext<ErrorTextsValue>({ title: 'Error', text: '', retry: 'Retry' });

export function ErrorTextsProvider({ value, children }: { value: ErrorTextsValue; children: ReactNode }) {
  return <ErrorTexts.Provider value={value}>{children}</ErrorTexts.Provider>;
}

export function useErrorTexts(): ErrorTextsValue {
  return useContext(ErrorTexts);
}
