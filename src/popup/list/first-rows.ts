/**
 * Rows rendered, and codes asked for, before the popup's first paint: a row is 64 pixels
 * high (popup.css), so ten fill the 600-pixel popup even without its header.
 */
export const FIRST_ROWS = 10;
