import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { percentile } from './stats';

/**
 * Chrome DevTools' / Lighthouse's "Slow 4G" (1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT, with
 * DevTools' own adjustment factors) and a 4× slower CPU.
 */
const SLOW_4G = { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
const CPU_SLOWDOWN = 4;

export interface PageWeight {
  /** Script bodies as the browser received them (Next serves them gzip-compressed; an inline script counted gzip'd). */
  jsTransferredKb: number;
  /** Every script body gzip -9'd, as tests/e2e/js-budget.spec.ts measures. */
  jsGzipKb: number;
  scripts: number;
  /** ms from navigation start until the first radio button is enabled and its script has run (autosave on), per load. */
  usableMs: number[];
  usableMedianMs: number;
}

/**
 * The first radio exists, is enabled, and the page's script has taken over: React has attached its
 * handlers (a Next.js page, hydrated), or the questionnaire's own script has marked the form
 * (decision 0016). The plain form works before either; this is when autosave does too.
 */
const usable = () => {
  const radio = document.querySelector('input[type=radio]') as HTMLInputElement | null;
  const enhanced = radio?.form?.dataset.enhanced === 'true' || (radio && Object.keys(radio).some((k) => k.startsWith('__reactProps')));
  return radio && !radio.disabled && enhanced ? performance.now() : null;
};

/** The questionnaire page through fresh personal links, each load in a fresh (cold) browser context. */
export async function measurePageWeight(baseUrl: string, tokens: string[]): Promise<PageWeight> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const usableMs: number[] = [];
    let inline: string[] = [];
    const scripts = new Map<string, number>();
    for (const token of tokens) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      const transferred = new Map<string, number>();
      page.on('requestfinished', async (request) => {
        if (request.resourceType() !== 'script') return;
        transferred.set(request.url(), (await request.sizes()).responseBodySize);
      });
      await page.goto(`${baseUrl}/r/${token}`, { waitUntil: 'commit', timeout: 60_000 });
      const handle = await page.waitForFunction(usable, undefined, { polling: 'raf', timeout: 60_000 });
      usableMs.push(Math.round((await handle.jsonValue()) as number));
      await page.waitForLoadState('networkidle', { timeout: 60_000 });
      for (const [url, size] of transferred) scripts.set(url, size);
      // A script inside the page (the questionnaire's own, decision 0016) travels with the HTML.
      inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].filter((s) => !s.getAttribute('type')).map((s) => s.textContent ?? ''));
      await context.close();
    }
    let gzip = 0;
    for (const url of scripts.keys()) gzip += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
    for (const body of inline) gzip += gzipSync(Buffer.from(body), { level: 9 }).length;
    const transferredTotal = [...scripts.values()].reduce((a, b) => a + b, 0) + inline.reduce((a, body) => a + gzipSync(Buffer.from(body)).length, 0);
    return { jsTransferredKb: transferredTotal / 1024, jsGzipKb: gzip / 1024, scripts: scripts.size + inline.length, usableMs, usableMedianMs: percentile(usableMs, 50) };
  } finally {
    await browser.close();
  }
}
