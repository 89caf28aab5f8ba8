import { html, type Html } from '@/lib/platform/html/html';

/** The element id of a question's fieldset, e.g. q-strain-cross-pressure (the script and the error summary link to it). */
export function questionId(name: string): string {
  return `q-${name.replace(/[^a-z0-9-]/gi, '-')}`;
}

/** A relation's −2…+2 with a real minus sign, and a plus only where the scale has negatives. */
function shown(value: number, signed: boolean): string {
  if (value < 0) return `−${Math.abs(value)}`;
  return signed && value > 0 ? `+${value}` : String(value);
}

interface ScaleQuestionProps {
  name: string;
  question: string;
  /** Values in order, e.g. [1..5] or [-2..2], with a label each. */
  values: number[];
  labels: string[];
  value: number | undefined;
  explanation?: { title: string; text: string; toggleLabel: string };
  missing: boolean;
  missingLabel: string;
}

/**
 * One question as a labelled radio group: arrow keys move within it, Tab moves on. Each option is
 * a whole tile (the native radio, restyled, covers it), at least 44 px high: a vertical list on a
 * phone, five tiles side by side from 768 px, where the card (at most 48rem wide) leaves them room
 * for their labels. A media query, not a container query as the React version had: Chromium
 * intermittently left a container's children without any layout box when the parser delivered
 * this server-rendered page in pieces (0 × 0 px radios, gone from the accessibility tree;
 * tests/e2e/questionnaire-layout.spec.ts reloads and answers the page until it would show). The
 * "missing" line is always there, hidden unless missing, so that the script only has to switch it.
 */
export function scaleQuestionHtml({ name, question, values, labels, value, explanation, missing, missingLabel }: ScaleQuestionProps): Html {
  const id = questionId(name);
  const signed = values[0]! < 0;
  return html`<fieldset
    id="${id}"
    data-question="${name}"
    class="scroll-mt-3 rounded-xl border bg-white p-4 sm:p-5 ${missing ? 'border-2 border-red-700' : 'border-stone-200'}"
    ${missing ? html` aria-describedby="${id}-missing"` : null}
  >
    <legend class="sr-only">${question}</legend>
    <p aria-hidden="true" class="font-medium leading-snug">${question}</p>
    <p id="${id}-missing" class="mt-1 text-sm font-semibold text-red-800" ${missing ? null : html` hidden`}>${missingLabel}</p>
    ${
      explanation
        ? html`<details class="text-sm">
            <summary class="w-fit cursor-pointer py-3 text-[var(--color-brand)] underline underline-offset-2">${explanation.toggleLabel}</summary>
            <p class="mb-2 text-[var(--color-muted)]"><strong>${explanation.title}:</strong> ${explanation.text}</p>
          </details>`
        : null
    }
    <div class="${explanation ? 'mt-1' : 'mt-3'}">
      <div class="grid gap-2 md:grid-cols-5">
        ${values.map(
          (v, index) =>
            html`<label class="relative flex min-h-11 cursor-pointer items-center gap-3 px-3 py-2 md:flex-col md:justify-start md:gap-1 md:px-2 md:py-3 md:text-center"
              ><input
                type="radio"
                name="${name}"
                value="${v}"
                ${value === v ? html` checked` : null}
                class="peer absolute inset-0 h-full w-full cursor-pointer appearance-none rounded-lg border border-stone-300 bg-white transition-colors checked:border-[var(--color-brand)] checked:bg-[var(--color-brand)] hover:border-stone-500 checked:hover:border-[var(--color-brand)]"
              /><span class="pointer-events-none relative w-7 shrink-0 text-center text-base font-semibold tabular-nums peer-checked:text-white md:w-auto md:text-lg">${shown(v, signed)}</span>
              <span class="pointer-events-none relative text-sm leading-snug text-[var(--color-muted)] peer-checked:text-white [overflow-wrap:break-word] md:hyphens-auto"
                >${labels[index]}</span
              ></label
            >`,
        )}
      </div>
    </div>
  </fieldset>`;
}
