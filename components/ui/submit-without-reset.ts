import { startTransition, type FormEvent } from 'react';

/**
 * Submits a form to a server action without React's automatic form reset, so that after an
 * error every field — selects and checkbox groups included — still shows what the user chose.
 */
export function submitWithoutReset(formAction: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
}
