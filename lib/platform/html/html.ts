/**
 * Server-rendered HTML for the few pages served without the Next.js client runtime (decision
 * 0016): a tagged template that escapes every interpolated value unless it is already `Html`.
 * Arrays are joined, and `null`, `undefined` and `false` render nothing, as in JSX.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | Part[];

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

const compacted = new WeakMap<TemplateStringsArray, string[]>();

/**
 * The template's own text loses the indentation of the source (a line break and the spaces after
 * it render as one space, as any run of whitespace between elements does): a long page is parsed
 * sooner on a slow phone. Interpolated values — a comment in a textarea — are left as they are.
 */
function compact(strings: TemplateStringsArray): string[] {
  let parts = compacted.get(strings);
  if (!parts) {
    parts = strings.map((s) => s.replace(/\n\s*/g, '\n'));
    compacted.set(strings, parts);
  }
  return parts;
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  const text = compact(strings);
  let out = text[0]!;
  parts.forEach((part, i) => (out += render(part) + text[i + 1]!));
  return new Html(out);
}

/** Markup that is trusted as it is (already rendered). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** JSON for a `<script type="application/json">` block: nothing in it can close the element. */
export function jsonBlock(value: unknown): Html {
  return new Html(JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'));
}
