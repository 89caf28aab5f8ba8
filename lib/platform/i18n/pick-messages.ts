type Messages = { [key: string]: string | Messages };

/**
 * The part of a catalogue under `namespaces` (dotted paths such as 'results.heatmap'), each kept
 * at its place in the tree so that `useTranslations('results.heatmap')` finds it as before.
 * A path the catalogue lacks is left out (content/messages/client-namespaces.test.ts guards that).
 */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  for (const namespace of namespaces) {
    const path = namespace.split('.');
    const found = path.reduce<string | Messages | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), messages);
    if (found === undefined) continue;
    let into = picked;
    for (const key of path.slice(0, -1)) {
      const next = into[key];
      into = typeof next === 'object' ? next : (into[key] = {});
    }
    into[path.at(-1)!] = found;
  }
  return picked;
}
