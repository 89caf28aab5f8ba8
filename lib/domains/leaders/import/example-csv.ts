import { csvFile } from '@/lib/platform/export/csv';
import { exampleColumns, exampleHeaders } from './columns';

/**
 * A small example file HR can fill in: Danish headers and ";" (what Danish Excel reads and
 * writes) or English headers and ",", with a BOM so Excel shows æ, ø and å. It uses the
 * organisation's own group paths when there are any.
 */
export function exampleCsv(locale: 'da' | 'en', groupPaths: readonly string[]): string {
  const headers = exampleHeaders[locale];
  const [first, second] = [groupPaths[0] ?? 'Direktion/Sundhed', groupPaths[1] ?? groupPaths[0] ?? 'Direktion/Sundhed/Plejecentre'];
  const rows =
    locale === 'da'
      ? [
          ['Anne Jensen', 'anne.jensen@kommune.dk', first, 'ole.hansen@kommune.dk', 'da'],
          ['Mads Nielsen', 'mads.nielsen@kommune.dk', second, '', ''],
          ['Sara Khan', 'sara.khan@kommune.dk', second, 'anne.jensen@kommune.dk', 'en'],
        ]
      : [
          ['Anne Jensen', 'anne.jensen@example.org', first, 'ole.hansen@example.org', 'da'],
          ['Mads Nielsen', 'mads.nielsen@example.org', second, '', ''],
          ['Sara Khan', 'sara.khan@example.org', second, 'anne.jensen@example.org', 'en'],
        ];
  // Its group paths are the organisation's own and go back in through the import as they stand.
  return csvFile([[exampleColumns.map((c) => headers[c]), ...rows]], { locale, keepFormulae: true });
}
