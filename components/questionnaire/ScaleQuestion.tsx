'use client';

import { memo } from 'react';

interface ScaleQuestionProps {
  name: string;
  question: string;
  /** Values in order, e.g. [1..5] or [-2..2], with a label each. */
  values: number[];
  labels: string[];
  value: number | undefined;
  onChange: (value: number) => void;
  explanation?: { title: string; text: string; toggleLabel: string };
  missing?: boolean;
  missingLabel?: string;
}

/** One question as a labelled radio group: arrow keys move within it, Tab moves on. */
export const ScaleQuestion = memo(function ScaleQuestion({ name, question, values, labels, value, onChange, explanation, missing, missingLabel }: ScaleQuestionProps) {
  const id = `q-${name.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <fieldset id={id} className={`rounded-lg border bg-white p-4 ${missing ? 'border-red-700' : 'border-stone-200'}`} aria-describedby={missing ? `${id}-missing` : undefined}>
      <legend className="sr-only">{question}</legend>
      <p aria-hidden="true" className="font-medium leading-snug">
        {question}
      </p>
      {missing ? (
        <p id={`${id}-missing`} className="mt-1 text-sm font-medium text-red-800">
          {missingLabel}
        </p>
      ) : null}
      {explanation ? (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-[var(--color-brand)] underline underline-offset-2">{explanation.toggleLabel}</summary>
          <p className="mt-1 text-[var(--color-muted)]">
            <strong>{explanation.title}:</strong> {explanation.text}
          </p>
        </details>
      ) : null}
      <div className="mt-3 grid grid-cols-5 gap-1">
        {values.map((v, index) => (
          <label
            key={v}
            className="flex cursor-pointer flex-col items-center gap-1 rounded-md p-1 text-center text-xs has-[:checked]:bg-stone-200 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-blue-600"
          >
            <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} className="h-5 w-5 accent-[var(--color-brand)]" />
            <span className="font-semibold">{v > 0 && values[0]! < 0 ? `+${v}` : v}</span> <span className="leading-tight text-[var(--color-muted)]">{labels[index]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
});
