/**
 * Puts values into a translated template ("{answered} of {total}"). The questionnaire's client
 * code gets its texts already translated from the server (next-intl, t.raw) and fills the few
 * placeholders itself, so the page does not ship an ICU message formatter to every phone:
 * its JavaScript budget (README) has no room for one.
 */
export function fill(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
