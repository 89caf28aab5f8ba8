'use client';

import { useEffect } from 'react';

/**
 * A notice after a form's redirect ("Runden er åben …") rides in the address (?opened=12): that
 * is how it survives the redirect with or without JavaScript. Once the page has shown it, the
 * parameters are taken out of the address again, so a reload, a bookmark or a link passed on
 * does not announce it a second time.
 */
export function ForgetFlashParams({ names }: { names: readonly string[] }) {
  useEffect(() => {
    const url = new URL(window.location.href);
    const present = names.filter((name) => url.searchParams.has(name));
    if (present.length === 0) return;
    for (const name of present) url.searchParams.delete(name);
    // Next's router follows the browser's replaceState: the page is not fetched again.
    window.history.replaceState(null, '', url);
  }, [names]);
  return null;
}
