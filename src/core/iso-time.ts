// Date.prototype.toISOString, without its start-up cost: V8 sets up the local time zone the first time a run calls it
// (reading /etc/localtime; 0.3 ms of a doctor run), though an ISO timestamp is in UTC.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** What date.toISOString() returns, for a valid date. */
export function isoTimestamp(date: Date): string {
  const year = date.getUTCFullYear();
  // Years outside 0000-9999 are written with a sign and six digits: rare enough to leave to V8.
  if (!(year >= 0 && year <= 9999)) return date.toISOString();
  return (
    `${pad(year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds(), 3)}Z`
  );
}
