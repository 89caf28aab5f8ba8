import { StyleSheet } from '@react-pdf/renderer';

/** The report's look: Inter (see fonts.ts; the page gets its family per render), A4, calm colours that print well in greyscale. */
export const colors = { text: '#1c1917', muted: '#57534e', line: '#d6d3d1', strain: '#b45309', resource: '#0f766e', track: '#e7e5e4', brand: '#1d4ed8' } as const;

/** One spacing scale for the whole report, in points: headings, paragraphs and rows step on it. */
export const space = { xs: 2, s: 4, m: 8, l: 14 } as const;

const BODY_SIZE = 9.5;
/**
 * Line height in points, not a factor: react-pdf resolves a unitless lineHeight against the font
 * size of the style that sets it (18 pt when that style has none): 1.35 on the body became 24 pt
 * lines, and a bare 13 would be 13 times the size. On text styles only, never the page (see footer).
 */
export const LEADING = '13pt';

export const styles = StyleSheet.create({
  page: { fontSize: BODY_SIZE, color: colors.text, paddingTop: 40, paddingBottom: 50, paddingHorizontal: 44 },
  body: {},
  title: { fontWeight: 700, fontSize: 18, marginBottom: space.xs },
  subtitle: { fontSize: 11, color: colors.muted, marginBottom: space.l },
  h2: { fontWeight: 700, fontSize: 13, marginTop: space.l, marginBottom: space.s },
  h3: { fontWeight: 700, fontSize: 10.5, marginTop: space.m, marginBottom: space.xs },
  muted: { color: colors.muted },
  small: { fontSize: 8, color: colors.muted },
  paragraph: { marginBottom: space.s, lineHeight: LEADING },
  box: { borderWidth: 1, borderColor: colors.line, borderStyle: 'dashed', paddingVertical: space.m, paddingHorizontal: space.m, marginVertical: space.s },
  row: { flexDirection: 'row', alignItems: 'center' },
  tableHeader: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: colors.text, paddingBottom: space.xs, fontWeight: 700, fontSize: 8.5 },
  tableRow: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.line, paddingVertical: space.s - 1, fontSize: 8.5 },
  // The page sets no lineHeight: a fixed element inheriting a relative one has it multiplied by
  // the font size on every pagination pass until the layout overflows and rendering fails on
  // long reports (diegomura/react-pdf#3452; tests/integration/report-demo.test.ts).
  footer: { position: 'absolute', bottom: 24, left: 44, right: 44, fontSize: 8, color: colors.muted, flexDirection: 'row', justifyContent: 'space-between' },
});
