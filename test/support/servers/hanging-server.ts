// Accepts TCP connections and never says a word: the client's timeout is the only way out.
import * as net from 'net';
import { listenOnLoopback } from './listen';

export async function startHangingServer(): Promise<{ origin: string; port: number; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const server = net.createServer(() => {
    connections += 1;
  });
  const { port, close } = await listenOnLoopback(server);
  return { origin: `http://127.0.0.1:${port}`, port, connections: () => connections, close };
}
