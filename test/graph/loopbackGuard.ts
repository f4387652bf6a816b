/**
 * Makes a suite fail loudly if anything in this process opens a TCP connection to a non-loopback host
 * (e.g. msal or the Graph client falling back to login.microsoftonline.com / graph.microsoft.com).
 * The connection is refused before DNS, and recorded so `afterAll` can assert none was tried.
 */
import net from 'node:net';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function guardLoopback(): { attempts: string[]; restore(): void } {
  const attempts: string[] = [];
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    const first = args[0] as { host?: string; path?: string; port?: number } | number | string;
    const host = typeof first === 'object' && first !== null ? (first.path ? 'localhost' : first.host ?? 'localhost')
      : typeof first === 'number' || /^\d+$/.test(String(first)) ? (typeof args[1] === 'string' ? args[1] : 'localhost')
      : 'localhost'; // a Unix socket path
    if (!LOOPBACK.has(host)) {
      attempts.push(host);
      throw new Error(`loopback guard: refused a connection to ${host}`);
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof original;
  return { attempts, restore: () => void (net.Socket.prototype.connect = original) };
}
