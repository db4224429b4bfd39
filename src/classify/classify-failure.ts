// A request that ended before any HTTP status (dns, refused, tls, proxy, timeout) → Classification.
import type { HttpErrorKind } from '../core/types';
import type { Classification } from './verdict';

export function classifyFailure(kind: HttpErrorKind, detail?: { code?: string; message?: string }): Classification {
  return { verdict: kind, httpStatus: null, errorType: detail?.code ?? null, message: detail?.message ?? null };
}
