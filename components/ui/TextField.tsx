import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldError, FieldHint, Label, describedBy, inputClass } from './Field';

type InputProps = Pick<InputHTMLAttributes<HTMLInputElement>, 'type' | 'required' | 'maxLength' | 'autoComplete' | 'defaultValue' | 'placeholder'>;

/**
 * A labelled text input with its hint and errors tied to it (aria-describedby, aria-invalid):
 * the field every form repeats. `mono` for ids, URLs and secrets; `hidden` keeps it in the form's
 * layout code while another choice makes it irrelevant.
 */
export function TextField({
  id,
  name,
  label,
  hint,
  errors,
  mono = false,
  hidden = false,
  ...input
}: InputProps & { id: string; name: string; label: ReactNode; hint?: ReactNode; errors: string[] | undefined; mono?: boolean; hidden?: boolean }) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div hidden={hidden}>
      <Label htmlFor={id}>{label}</Label>
      <input id={id} name={name} spellCheck={mono ? false : undefined} className={`${inputClass}${mono ? ' font-mono text-sm' : ''}`} {...input} {...describedBy(`${id}-error`, errors, hintId)} />
      {hintId ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
