/**
 * A CSV file's text. Excel on Danish Windows often saves "CSV (semikolonsepareret)" as
 * Windows-1252, not UTF-8; reading that as UTF-8 would turn æ, ø and å into "�". Valid UTF-8
 * (with or without BOM) is read as such, anything else as Windows-1252.
 */
export function decodeCsvFile(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
