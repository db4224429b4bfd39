// Starts every hostile server once for the corpus run.
import * as hostile from '../../support/servers/hostile-servers';
import type { ServerName, Servers } from './corpus';

const STARTERS: Record<ServerName, () => Promise<hostile.HostileServer>> = {
  trickleBody: hostile.trickleBody,
  trickleHeaders: hostile.trickleHeaders,
  resetMidBody: hostile.resetMidBody,
  invalidStatusLine: hostile.invalidStatusLine,
  closeOnAccept: hostile.closeOnAccept,
  gzipBomb: hostile.gzipBomb,
  endlessEventStream: hostile.endlessEventStream,
  redirectLoop: hostile.redirectLoop,
  silent: hostile.silent,
  // Their own instances, so the connections counted are the proxy cases' alone.
  closingProxy: hostile.closeOnAccept,
  silentProxy: hostile.silent,
};

export async function startHostileServers(): Promise<Servers> {
  const names = Object.keys(STARTERS) as ServerName[];
  const started = await Promise.all(names.map((n) => STARTERS[n]()));
  return Object.fromEntries(names.map((n, i) => [n, started[i]])) as Servers;
}

export async function stopHostileServers(servers: Servers | undefined): Promise<void> {
  if (servers) await Promise.all(Object.values(servers).map((s) => s.close()));
}
