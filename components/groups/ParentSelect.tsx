import { FieldError, describedBy, inputClass } from '@/components/ui/Field';
import type { GroupOptionView } from './types';

/** The parent picker: "the top of the organisation" or an active group, shown by its path. */
export function ParentSelect({
  id,
  label,
  topLabel,
  options,
  defaultValue,
  errors,
  hint,
}: {
  id: string;
  label: string;
  topLabel: string;
  options: GroupOptionView[];
  defaultValue: string;
  errors: string[] | undefined;
  hint?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} name="parentId" defaultValue={defaultValue} className={inputClass} {...describedBy(`${id}-error`, errors, hint ? `${id}-hint` : undefined)}>
        <option value="">{topLabel}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.path}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
