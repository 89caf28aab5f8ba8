/** What a reader of a workshop (MED/AMO, the group's leaders, top management) sees at the top: that nothing here can be changed by them, and why. */
export function ReadOnlyNotice({ badge, text }: { badge: string; text: string }) {
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md border border-stone-300 bg-stone-50 p-3 text-sm" data-testid="workshop-read-only">
      <span className="rounded-full border border-stone-500 bg-white px-2.5 py-0.5 font-semibold">{badge}</span>
      <p>{text}</p>
    </div>
  );
}
