/**
 * The heatmap's colours, as a pure module: the server's table and the client's share one rule.
 * The number is always printed, so a colour only repeats it. A tone is mixed with white by how
 * strong the value is, and the text is black or white, whichever contrasts more (always ≥ 4.5:1).
 */
const tones = { strain: [154, 52, 18], resource: [17, 94, 89] } as const;

export type Tone = keyof typeof tones;

/** The relative luminance of an sRGB colour (WCAG 2.x). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** A cell's background and text colour: `intensity` 0…1, from barely tinted to the full tone. */
export function shade(tone: Tone, intensity: number): { backgroundColor: string; color: string } {
  const a = Math.max(0.06, Math.min(1, intensity)) * 0.85;
  const mixed = tones[tone].map((c) => Math.round(255 + (c - 255) * a));
  const l = luminance(mixed);
  return { backgroundColor: `rgb(${mixed.join(', ')})`, color: 1.05 / (l + 0.05) > (l + 0.05) / 0.05 ? '#fff' : '#000' };
}

/**
 * Shade by how an item's mean (1–5) leans: towards strain (a heavy strain, a scarce resource) in
 * the strain colour, towards resource in the resource colour, stronger further from the middle (3).
 */
export function lean(side: 'strain' | 'resource', mean: number): { backgroundColor: string; color: string } {
  const good = side === 'strain' ? 3 - mean : mean - 3;
  return shade(good < 0 ? 'strain' : 'resource', Math.abs(good) / 2);
}

/** A balance (−4…+4) shaded by its sign: below zero the strains weigh most. */
export function balanceShade(balance: number): { backgroundColor: string; color: string } {
  return shade(balance < 0 ? 'strain' : 'resource', Math.abs(balance) / 2);
}
