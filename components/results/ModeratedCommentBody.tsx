'use client';

import { useState } from 'react';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';
import { HideCommentForm } from './HideCommentForm';
import { RedactCommentForm, type RedactAction } from './RedactCommentForm';

type HideAction = (previous: ActionResult<{ hidden: boolean }> | null, formData: FormData) => Promise<ActionResult<{ hidden: boolean }>>;

/** One comment in the moderation view: its text (as it reads after any redaction), hide, and redact a phrase. */
export function ModeratedCommentBody({ body, roundId, handle, hide, redact }: { body: string; roundId: string; handle: string; hide: HideAction; redact: RedactAction }) {
  const [text, setText] = useState(body);
  const [hidden, setHidden] = useState(false);
  // A hidden comment has nothing left to redact: the control goes with it.
  const hideThenForget: HideAction = async (previous, formData) => {
    const result = await hide(previous, formData);
    if (result.ok) setHidden(true);
    return result;
  };
  return (
    <>
      <HideCommentForm action={hideThenForget} roundId={roundId} handle={handle}>
        <blockquote className="mt-1 mb-2 whitespace-pre-line">{text}</blockquote>
      </HideCommentForm>
      {/* Beside, not inside, the hide form: a form cannot hold another form. */}
      {hidden ? null : <RedactCommentForm action={redact} roundId={roundId} handle={handle} onRedacted={setText} />}
    </>
  );
}
