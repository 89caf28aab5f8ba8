/** A section's loading state: says what is coming, shaped like it so the page does not jump. */
export function SectionSkeleton({ label, heights = ['h-80', 'h-64'] }: { label: string; heights?: string[] }) {
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" className="text-[var(--color-muted)]">
        {label}
      </p>
      <div aria-hidden="true" className="space-y-6">
        {heights.map((height, index) => (
          <div key={index} className={`${height} animate-pulse rounded-xl bg-stone-200 motion-reduce:animate-none`} />
        ))}
      </div>
    </div>
  );
}
