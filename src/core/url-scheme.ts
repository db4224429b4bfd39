// The scheme at the start of a URL, as several modules look for it (base URLs, proxy values, NO_PROXY entries, URLs to
// redact).

/**
 * A scheme (RFC 3986: a letter, then letters, digits, "+", "." or "-") and "://" at the start of a text. Both cases
 * are spelled out instead of using the i flag: without the u flag the two match exactly the same characters (no other
 * character case-folds onto an ASCII letter there), and V8 compiles an i-flagged letter range through ICU's case
 * folding: with the redactor's URL-password shape, spelled the same way, 0.5% of a doctor run's instructions.
 */
export const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
