import type { InputHTMLAttributes, ReactNode } from 'react';
import { cn } from './cn';

/*
 * Native inputs on purpose, not Radix's button-based checkbox: our forms post to server actions
 * and must work before hydration (and without JavaScript), which a real <input> does by itself.
 */
const choiceClass = 'size-5 shrink-0 accent-[var(--color-brand)]';

type ChoiceProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { label: ReactNode; hint?: ReactNode };

function Choice({ type, label, hint, className, id, ...props }: ChoiceProps & { type: 'checkbox' | 'radio' }) {
  return (
    <label htmlFor={id} className={cn('flex min-h-11 cursor-pointer items-start gap-3 py-2', className)}>
      <input id={id} type={type} className={cn(choiceClass, 'mt-0.5')} {...props} />
      <span className="text-sm">
        <span className="font-medium text-ink">{label}</span>
        {hint ? <span className="block text-muted">{hint}</span> : null}
      </span>
    </label>
  );
}

export function Checkbox(props: ChoiceProps) {
  return <Choice type="checkbox" {...props} />;
}

export function Radio(props: ChoiceProps) {
  return <Choice type="radio" {...props} />;
}
