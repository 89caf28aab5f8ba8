'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { AgendaTimer } from './AgendaTimer';

export interface Slide {
  key: string;
  /** "Trin 1 · Viden om ledertrivsel" — shown above the title. */
  kicker: string;
  title: string;
  body: ReactNode;
}

const NEXT = new Set(['ArrowRight', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

/**
 * The meeting-room screen: one slide at a time in large type, in a modal <dialog> that covers
 * the whole window, so nothing of the admin pages shows and the rest of the page is inert.
 * ArrowRight/PageDown and ArrowLeft/PageUp move (also with focus on a button — never inside a
 * text field); on each move focus goes to the slide's heading, so a screen reader reads where
 * the meeting is. Escape or "Exit" closes it and returns focus to the button that opened it.
 */
export function PresentationView({ slides, timerKey, groupName }: { slides: Slide[]; timerKey: string; groupName: string }) {
  const t = useTranslations('workshop.present');
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [index, setIndex] = useState(0);
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const slide = slides[index]!;

  const go = useCallback((next: number) => setIndex(Math.max(0, Math.min(slides.length - 1, next))), [slides.length]);

  useEffect(() => {
    if (open) heading.current?.focus();
  }, [index, open]);

  const start = () => {
    setIndex(0);
    setOpen(true);
    dialog.current?.showModal();
  };
  const exit = () => dialog.current?.close();

  const onKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (NEXT.has(event.key)) {
      event.preventDefault();
      go(index + 1);
    } else if (PREVIOUS.has(event.key)) {
      event.preventDefault();
      go(index - 1);
    }
  };

  return (
    <>
      <button ref={opener} type="button" onClick={start} className="rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white hover:bg-blue-950">
        {t('start')}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={headingId}
        onKeyDown={onKeyDown}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
        className="m-0 h-dvh max-h-none w-dvw max-w-none bg-white p-0 text-stone-900 backdrop:bg-white"
        data-testid="presentation"
      >
        {open ? (
          <div className="flex h-full flex-col">
            <header className="flex flex-wrap items-center justify-between gap-4 border-b border-stone-200 px-8 py-3">
              <p className="text-lg text-[var(--color-muted)]">{groupName}</p>
              <AgendaTimer storageKey={timerKey} compact />
              <button type="button" onClick={exit} className="rounded-md border border-stone-400 px-4 py-2 text-lg font-medium underline-offset-4 hover:underline">
                {t('exit')}
              </button>
            </header>
            {/* Focusable so a long slide can be scrolled from the keyboard. */}
            <div role="region" aria-labelledby={headingId} tabIndex={0} className="flex-1 overflow-y-auto px-8 py-8 text-2xl leading-relaxed lg:px-16">
              <p className="text-xl font-medium text-[var(--color-brand)]">{slide.kicker}</p>
              <h2 id={headingId} ref={heading} tabIndex={-1} className="mt-2 text-4xl font-bold lg:text-5xl">
                {slide.title}
              </h2>
              <div className="mt-8 space-y-6">{slide.body}</div>
            </div>
            <footer className="flex flex-wrap items-center justify-between gap-4 border-t border-stone-200 px-8 py-3 text-lg">
              <button type="button" onClick={() => go(index - 1)} disabled={index === 0} className="rounded-md border border-stone-400 px-4 py-2 font-medium disabled:opacity-50">
                <span aria-hidden="true">← </span>
                {t('previous')}
              </button>
              <p aria-live="polite" aria-atomic="true">
                {t('position', { current: index + 1, total: slides.length, title: slide.title })}
              </p>
              <p className="sr-only">{t('keys')}</p>
              <button type="button" onClick={() => go(index + 1)} disabled={index === slides.length - 1} className="rounded-md border border-stone-400 px-4 py-2 font-medium disabled:opacity-50">
                {t('next')}
                <span aria-hidden="true"> →</span>
              </button>
            </footer>
          </div>
        ) : null}
      </dialog>
    </>
  );
}
