// Starting and stopping loopback servers: every test server binds 127.0.0.1 on a free port.
import type { AddressInfo, Server, Socket } from 'net';

/** Listens on 127.0.0.1 and tracks sockets so close() never waits for a keep-alive or a hanging client. */
export async function listenOnLoopback(server: Server): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  // A TLS server reports its raw sockets here too.
  server.on('secureConnection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return { port, close };
}

/** A port nothing listens on: bound once, then released. */
export async function closedPort(): Promise<number> {
  const net = await import('net');
  const server = net.createServer();
  const { port, close } = await listenOnLoopback(server);
  await close();
  return port;
}
