// Reads `reg query HKCU\Environment` output: what setx and the System Properties dialog wrote for new windows.

export function parseRegQuery(stdout: string): Record<string, string> {
  const values: Record<string, string> = Object.create(null);
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^\s+(\S+)\s+(REG_SZ|REG_EXPAND_SZ|REG_MULTI_SZ|REG_DWORD)(?:\s+(.*))?$/.exec(line);
    if (m) values[m[1]] = (m[3] ?? '').replace(/\s+$/, '');
  }
  return values;
}
