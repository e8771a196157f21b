import { describe, expect, it } from 'vitest';
import GapList from '../../src/components/GapList.astro';
import { buildGap, seedSnapshot } from '../support/snapshot-builder.ts';
import { liveOf, render, textOf } from './render.ts';

const NOW = '2026-11-25T09:30:00Z';

describe('GapList', () => {
  it('lists every gap with its reason, HTTP status and message, in the snapshot order', async () => {
    const gaps = [
      buildGap({ resource: 'events', reason: 'forbidden', httpStatus: 403, message: 'events is forbidden' }),
      buildGap({ resource: 'sealedsecrets.bitnami.com', reason: 'crd-absent', httpStatus: undefined, message: 'the server could not find the requested resource' }),
      buildGap({ resource: 'leases', reason: 'not-in-dump', httpStatus: undefined, message: 'no Lease in the --from files' }),
      buildGap({ resource: 'nodes', reason: 'error', httpStatus: 500, message: 'etcdserver: request timed out' }),
    ];
    const html = await render(GapList, { live: liveOf([seedSnapshot({ gaps })], NOW) });
    expect(textOf(html)).toBe(
      [
        '❓ スナップショットで読めなかったもの',
        'events: 権限がありません (HTTP 403) — events is forbidden',
        'sealedsecrets.bitnami.com: CRD がインストールされていません — the server could not find the requested resource',
        'leases: ダンプファイルに含まれていません — no Lease in the --from files',
        'nodes: 読み取りエラー (HTTP 500) — etcdserver: request timed out',
      ].join(' '),
    );
    expect([...html.matchAll(/data-gap="([^"]+)"/g)].map((m) => m[1])).toEqual(['events', 'sealedsecrets.bitnami.com', 'leases', 'nodes']);
  });

  it.each([
    ['a snapshot that read everything', [seedSnapshot()]],
    ['no snapshot', []],
  ])('renders nothing for %s', async (_, snapshots) => {
    expect((await render(GapList, { live: liveOf(snapshots, NOW) })).trim()).toBe('');
  });

  it('renders a script-bearing message as text', async () => {
    const html = await render(GapList, { live: liveOf([seedSnapshot({ gaps: [buildGap({ message: '<script>alert(1)</script>' })] })], NOW) });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
