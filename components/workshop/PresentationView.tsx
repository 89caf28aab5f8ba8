'use client';

import { ArrowLeft, ArrowRight } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { AgendaClockView } from '@/lib/domains/workshop/timer';
import { AgendaTimer } from './AgendaTimer';

/** A slide on the meeting-room screen: the group's figures first, the dialogue questions beside them, the long text folded away. */
export interface ScreenSlide {
  key: string;
  /** "Trin 1 · Viden om ledertrivsel" — shown above the title. */
  kicker: string;
  title: string;
  lead?: ReactNode;
  main: ReactNode;
  questions?: ReactNode;
  more?: ReactNode;
  /** Text rather than figures: the main part takes five sevenths of the width, not three fifths. */
  wide?: boolean;
}

const NEXT = new Set(['ArrowRight', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

const subscribeFullscreen = (listener: () => void) => {
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
};

/**
 * The meeting-room screen: one slide at a time, laid out to fit a 1280 × 800 screen without
 * scrolling, in a modal <dialog> that covers the whole window so nothing of the admin pages
 * shows and the rest of the page is inert. ArrowRight/PageDown and ArrowLeft/PageUp move (also
 * with focus on a button — never inside a text field); every move starts the new slide at its
 * top with focus on its heading, so a screen reader reads where the meeting is. The focus ring
 * shows only when the keyboard moved (the global :focus-visible rule). Escape or "Exit" closes
 * it and returns focus to the button that opened it.
 */
export function PresentationView({ slides, timer, groupName }: { slides: ScreenSlide[]; timer: { endpoint: string; initial: AgendaClockView; canControl: boolean }; groupName: string }) {
  const t = useTranslations('workshop.present');
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const page = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [index, setIndex] = useState(0);
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const slide = slides[index]!;
  const fullscreen = useSyncExternalStore(
    subscribeFullscreen,
    () => document.fullscreenElement !== null,
    () => false,
  );
  const fullscreenEnabled = useSyncExternalStore(
    () => () => undefined,
    () => document.fullscreenEnabled,
    () => false,
  );

  const go = useCallback((next: number) => setIndex(Math.max(0, Math.min(slides.length - 1, next))), [slides.length]);

  useEffect(() => {
    if (!open) return;
    // A new slide starts at its top, whatever the last one was scrolled to.
    page.current?.scrollTo({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  }, [index, open]);

  const start = () => {
    setIndex(0);
    setOpen(true);
    dialog.current?.showModal();
  };
  const exit = () => dialog.current?.close();
  const toggleFullscreen = () => void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined);

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

  const button = 'rounded-md border border-stone-400 bg-white px-3 py-1.5 font-medium disabled:opacity-50';
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
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
          opener.current?.focus();
        }}
        className="m-0 h-dvh max-h-none w-dvw max-w-none bg-white p-0 text-stone-900 backdrop:bg-white"
        data-testid="presentation"
      >
        {open ? (
          <div className="flex h-full flex-col">
            <header className="flex flex-wrap items-center gap-x-6 gap-y-1 border-b border-stone-200 px-4 py-2 lg:px-10">
              <p className="font-medium text-[var(--color-muted)] max-md:sr-only">{groupName}</p>
              <div className="flex-1 max-md:order-last max-md:w-full max-md:flex-none">
                <AgendaTimer {...timer} compact />
              </div>
              {fullscreenEnabled ? (
                <button type="button" onClick={toggleFullscreen} className={`${button} max-md:hidden`}>
                  {fullscreen ? t('leaveFullscreen') : t('fullscreen')}
                </button>
              ) : null}
              <button type="button" onClick={exit} className={`${button} max-md:ml-auto`}>
                {t('exit')}
              </button>
            </header>
            {/* Focusable so that a slide that does not fit (a phone, large text) can be scrolled from the keyboard. */}
            <div
              ref={page}
              role="region"
              aria-labelledby={headingId}
              tabIndex={0}
              className="min-h-0 flex-1 overflow-y-auto px-4 py-4 lg:py-5 text-lg leading-snug lg:px-10 lg:text-xl"
              data-testid="slide"
            >
              <div key={slide.key}>
                <p className="font-medium text-[var(--color-brand)]">{slide.kicker}</p>
                <h2 id={headingId} ref={heading} tabIndex={-1} className="mt-1 text-2xl font-bold md:text-3xl lg:text-4xl">
                  {slide.title}
                </h2>
                {slide.lead ? <div className="mt-3 max-w-5xl">{slide.lead}</div> : null}
                <div className={`mt-5 grid gap-x-10 gap-y-5 ${slide.wide ? 'lg:grid-cols-[5fr_2fr]' : 'lg:grid-cols-[3fr_2fr]'}`}>
                  <div className="min-w-0">{slide.main}</div>
                  <div className="min-w-0 space-y-4">
                    {slide.questions}
                    {slide.more ? (
                      <details className="rounded-lg border border-stone-300 px-4 py-2 text-base" data-testid="slide-more">
                        <summary className="cursor-pointer font-medium underline underline-offset-4">{t('more')}</summary>
                        <div className="mt-3">{slide.more}</div>
                      </details>
                    ) : null}
                  </div>
                </div>
              </div>
            </div>
            <footer className="flex items-center justify-between gap-4 border-t border-stone-200 px-4 py-2 lg:px-10">
              <button type="button" onClick={() => go(index - 1)} disabled={index === 0} className={button}>
                <ArrowLeft aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
                {t('previous')}
              </button>
              <div className="text-center">
                <p className="text-lg leading-tight font-semibold tabular-nums" aria-hidden="true" data-testid="slide-counter">
                  {t('counter', { current: index + 1, total: slides.length })}
                </p>
                <p aria-live="polite" aria-atomic="true" className="text-sm text-[var(--color-muted)] max-sm:sr-only">
                  {t('position', { current: index + 1, total: slides.length, title: slide.title })}
                </p>
              </div>
              <p className="sr-only">{t('keys')}</p>
              <button type="button" onClick={() => go(index + 1)} disabled={index === slides.length - 1} className={button}>
                {t('next')}
                <ArrowRight aria-hidden="true" className="ml-1 inline size-4 align-[-3px]" />
              </button>
            </footer>
          </div>
        ) : null}
      </dialog>
    </>
  );
}
