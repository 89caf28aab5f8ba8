/**
 * Cells a spreadsheet would run as a formula — text starting with =, +, -, @, a tab or a carriage
 * return — are escaped (Papa Parse prefixes a quote). A number is not text: a negative balance
 * such as -0,4 must stay a number, not turn into the text '-0,4. The CSV writer (csv.ts) applies it.
 */
export const spreadsheetFormula = /^(?![-+]?\d+(?:[.,]\d+)?$)[=+\-@\t\r]/;
