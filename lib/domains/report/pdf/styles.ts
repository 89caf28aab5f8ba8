import { StyleSheet } from '@react-pdf/renderer';

/** The report's look: Helvetica (see win-ansi.ts), A4, calm colours that print well in greyscale. */
export const colors = { text: '#1c1917', muted: '#57534e', line: '#d6d3d1', strain: '#b45309', resource: '#0f766e', track: '#e7e5e4', brand: '#1d4ed8' } as const;

export const styles = StyleSheet.create({
  page: { fontFamily: 'Helvetica', fontSize: 10, color: colors.text, paddingTop: 40, paddingBottom: 50, paddingHorizontal: 44 },
  // On the body, not the page: see footer.
  body: { lineHeight: 1.35 },
  title: { fontFamily: 'Helvetica-Bold', fontSize: 20, marginBottom: 4 },
  subtitle: { fontSize: 12, color: colors.muted, marginBottom: 16 },
  h2: { fontFamily: 'Helvetica-Bold', fontSize: 14, marginTop: 18, marginBottom: 6 },
  h3: { fontFamily: 'Helvetica-Bold', fontSize: 11, marginTop: 10, marginBottom: 4 },
  muted: { color: colors.muted },
  small: { fontSize: 8.5, color: colors.muted },
  paragraph: { marginBottom: 4 },
  box: { borderWidth: 1, borderColor: colors.line, borderStyle: 'dashed', padding: 8, marginVertical: 6 },
  row: { flexDirection: 'row', alignItems: 'center' },
  tableHeader: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: colors.text, paddingBottom: 2, fontFamily: 'Helvetica-Bold', fontSize: 8.5 },
  tableRow: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.line, paddingVertical: 3, fontSize: 8.5 },
  // The page sets no lineHeight: a fixed element inheriting a relative one has it multiplied by
  // the font size on every pagination pass until the layout overflows and rendering fails on
  // long reports (diegomura/react-pdf#3452; tests/integration/report-demo.test.ts).
  footer: { position: 'absolute', bottom: 24, left: 44, right: 44, fontSize: 8, color: colors.muted, flexDirection: 'row', justifyContent: 'space-between' },
});
