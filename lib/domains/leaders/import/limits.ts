/** An import is at most this large: a whole municipality's leaders fit many times over. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;
