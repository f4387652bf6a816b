/**
 * A TCP relay in front of the test PostgreSQL server, so a suite can take "the database" away and bring it back
 * without touching the server the other suites share: down() drops every open connection (as a restarting
 * server does) and refuses new ones; up() accepts them again on the same port.
 */
import net from 'node:net';

export interface TcpProxy {
  readonly port: number;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const relay = (client: net.Socket) => {
    const server = net.connect(target);
    track(client);
    track(server);
    client.pipe(server).pipe(client);
    // Either side failing ends both, as a server going away would.
    client.on('error', () => server.destroy());
    server.on('error', () => client.destroy());
    client.once('close', () => server.destroy());
    server.once('close', () => client.destroy());
  };
  let listener = net.createServer(relay);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(port, '127.0.0.1', () => resolve((listener.address() as net.AddressInfo).port));
    });
  const port = await listen(0);
  let listening = true;

  const stop = async () => {
    if (!listening) return;
    listening = false;
    const closed = new Promise<void>((resolve) => listener.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  return {
    port,
    down: stop,
    async up() {
      if (listening) return;
      listener = net.createServer(relay);
      await listen(port);
      listening = true;
    },
    close: stop,
  };
}

/** The test database's URL with its host and port replaced by the relay's. */
export function throughProxy(databaseUrl: string, proxy: TcpProxy): string {
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(proxy.port);
  return url.toString();
}

export function targetOf(databaseUrl: string): { host: string; port: number } {
  const url = new URL(databaseUrl);
  return { host: url.hostname || '127.0.0.1', port: Number(url.port || 5432) };
}
