/**
 * The certificate handshake (capture/tls-peer.ts) with tls.connect replaced by a fake socket and fake
 * timers: which server name is sent, how each way a handshake ends is told apart, and that the
 * socket and timer are always released. test/capture/certificates.test.ts shows it against real servers.
 */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const connected = vi.hoisted(() => ({ options: [] as unknown[], socket: null as unknown }));
vi.mock('node:tls', () => ({
  default: {
    connect: (options: unknown) => {
      connected.options.push(options);
      return connected.socket;
    },
  },
}));

const { PeerError, peerCertificate } = await import('../../src/snapshot/capture/tls-peer.ts');

/** The socket tls.connect gives: its events, destroy() and the certificate the server presented. */
function fakeSocket(certificate: unknown) {
  const socket = Object.assign(new EventEmitter(), { destroy: vi.fn(), getPeerX509Certificate: () => certificate });
  connected.socket = socket;
  return socket;
}

/** What a handshake ended with: the certificate, or the PeerError's kind and message. */
function outcome(promise: Promise<unknown>) {
  return promise.then(
    (certificate) => ({ certificate }),
    (error: InstanceType<typeof PeerError>) => ({ error: error instanceof PeerError ? [error.kind, error.message] : error }),
  );
}

const CERTIFICATE = { subject: 'CN=kubelet' };

beforeEach(() => {
  vi.useFakeTimers();
  connected.options = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('peerCertificate', () => {
  it('sends the host as the server name, none for an IP address, and the given one over both', async () => {
    const cases = [
      ['node-1.internal', undefined, 'node-1.internal'],
      ['10.0.0.11', undefined, undefined],
      ['fd00::11', undefined, undefined],
      ['10.0.0.11', 'node-1', 'node-1'],
      ['node-1.internal', 'api.internal', 'api.internal'],
    ] as const;
    for (const [host, servername] of cases) {
      const socket = fakeSocket(CERTIFICATE);
      const done = peerCertificate(host, 10250, { timeoutMs: 3000, ...(servername ? { servername } : {}) });
      socket.emit('secureConnect');
      await done;
    }
    expect(connected.options).toEqual(cases.map(([host, , sent]) => ({ host, port: 10250, servername: sent, rejectUnauthorized: false })));
  });

  it('gives the presented certificate, then closes the socket and stops the timer', async () => {
    const socket = fakeSocket(CERTIFICATE);
    const done = outcome(peerCertificate('10.0.0.11', 10250, { timeoutMs: 3000 }));
    socket.emit('secureConnect');
    expect(await done).toEqual({ certificate: CERTIFICATE });
    expect(socket.destroy).toHaveBeenCalledOnce();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(3000);
    expect(socket.destroy).toHaveBeenCalledOnce();
  });

  it('says when the server presented no certificate', async () => {
    const socket = fakeSocket(undefined);
    const done = outcome(peerCertificate('10.0.0.11', 2379, { timeoutMs: 3000 }));
    socket.emit('secureConnect');
    expect(await done).toEqual({ error: ['other', '10.0.0.11:2379 presented no certificate'] });
    expect(socket.destroy).toHaveBeenCalledOnce();
  });

  it('gives up at the time limit, not before, and closes the socket', async () => {
    const socket = fakeSocket(CERTIFICATE);
    const done = outcome(peerCertificate('10.0.0.11', 10259, { timeoutMs: 3000 }));
    vi.advanceTimersByTime(2999);
    expect(socket.destroy).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(await done).toEqual({ error: ['timeout', 'no TLS handshake with 10.0.0.11:10259 within 3000 ms'] });
    expect(socket.destroy).toHaveBeenCalledOnce();
  });

  it('tells a port out of reach from any other failure, by the error code or else the message', async () => {
    const cases: [Partial<NodeJS.ErrnoException> & { message: string }, string, string][] = [
      [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 10.0.0.11:10259' }, 'refused', 'ECONNREFUSED'],
      [{ code: 'EHOSTUNREACH', message: 'connect EHOSTUNREACH 10.0.0.11:10259' }, 'refused', 'EHOSTUNREACH'],
      [{ code: 'ENETUNREACH', message: 'connect ENETUNREACH 10.0.0.11:10259' }, 'refused', 'ENETUNREACH'],
      [{ code: 'ETIMEDOUT', message: 'connect ETIMEDOUT 10.0.0.11:10259' }, 'refused', 'ETIMEDOUT'],
      [{ code: 'ECONNRESET', message: 'read ECONNRESET' }, 'refused', 'ECONNRESET'],
      [{ code: 'EPROTO', message: 'wrong version number' }, 'other', 'EPROTO'],
      [{ message: 'Client network socket disconnected before secure TLS connection was established' }, 'other',
        'Client network socket disconnected before secure TLS connection was established'],
    ];
    for (const [fields, kind, shown] of cases) {
      const socket = fakeSocket(CERTIFICATE);
      const done = outcome(peerCertificate('10.0.0.11', 10259, { timeoutMs: 3000 }));
      socket.emit('error', Object.assign(new Error(fields.message), fields));
      expect(await done).toEqual({ error: [kind, `TLS handshake with 10.0.0.11:10259 failed (${shown})`] });
      expect(socket.destroy).toHaveBeenCalledOnce();
      expect(vi.getTimerCount()).toBe(0);
    }
  });

  it('keeps the socket error as the cause', async () => {
    const socket = fakeSocket(CERTIFICATE);
    const done = peerCertificate('10.0.0.11', 10259, { timeoutMs: 3000 });
    const error = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    socket.emit('error', error);
    await expect(done).rejects.toMatchObject({ kind: 'refused', cause: error });
  });
});
