import { Fragment } from 'react';

const urlPattern = /(https?:\/\/[^\s<>"]+)/g;

/** A mail's plain text with its web addresses as links (only http and https become links). */
export function MailText({ text }: { text: string }) {
  const parts = text.split(urlPattern);
  return (
    <pre className="mt-3 whitespace-pre-wrap break-words font-sans text-sm">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} className="break-all text-[var(--color-brand)] underline">
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </pre>
  );
}
