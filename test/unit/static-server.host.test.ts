/** The DNS-rebinding guard of npm run serve on a machine with a mixed-case name. */
import { describe, expect, it, vi } from 'vitest';
import { isAllowedHost } from '../../src/site/offline/static-server.ts';

// A Raspberry Pi named in mixed case, as `hostnamectl set-hostname` allows: a browser sends the Host lower-cased.
vi.mock('node:os', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:os')>()), hostname: () => 'Runbook-Pi' }));

describe('isAllowedHost', () => {
  it.each([
    ['runbook-pi', true],
    ['runbook-pi:4173', true],
    ['RUNBOOK-PI:4173', true],
    ['runbook-pi.local:4173', true],
    ['Runbook-Pi.LOCAL', true],
    ['runbook-pi.lan', false],
    ['runbook-pi.local.evil.example', false],
    ['evil-runbook-pi', false],
    ['local', false],
  ])('this machine: Host %s allowed: %s', (host, allowed) => {
    expect(isAllowedHost(host)).toBe(allowed);
  });

  it.each([
    ['[::1]:4173', true],
    ['[fe80::1]', true],
    ['[::ffff:127.0.0.1]', true],
    ['10.0.0.7', true],
  ])('an IP literal: Host %s allowed: %s', (host, allowed) => {
    expect(isAllowedHost(host)).toBe(allowed);
  });

  it.each([
    ['a b'],
    ['runbook-pi:99999'],
    ['[runbook-pi]'],
    [''],
  ])('refuses a Host the URL parser rejects: %j', (host) => {
    expect(isAllowedHost(host, ['a b', 'runbook-pi', '[runbook-pi]'])).toBe(false);
  });

  it('refuses a request without Host, whatever the allow-list', () => {
    expect(isAllowedHost(undefined, ['undefined'])).toBe(false);
  });

  it('accepts an allowed name in any case, and only that name', () => {
    expect(isAllowedHost('runbook.home:8080', ['Runbook.Home'])).toBe(true);
    expect(isAllowedHost('RUNBOOK.HOME', ['runbook.home'])).toBe(true);
    expect(isAllowedHost('evil.example', ['runbook.home'])).toBe(false);
    expect(isAllowedHost('evil.example', ['runbook.home', 'evil.example'])).toBe(true);
  });
});
