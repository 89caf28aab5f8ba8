import Link from 'next/link';

/** The closed rounds to switch between, the chosen one marked as current (workshop and plan pages). */
export function RoundLinks({ label, rounds, current, href }: { label: string; rounds: { id: string; name: string }[]; current: string; href: (roundId: string) => string }) {
  if (rounds.length < 2) return null;
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {rounds.map((r) => (
          <li key={r.id}>
            <Link href={href(r.id)} aria-current={r.id === current ? 'page' : undefined} className={`underline-offset-4 hover:underline ${r.id === current ? 'font-semibold' : 'underline'}`}>
              {r.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
