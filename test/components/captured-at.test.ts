import { describe, expect, it } from 'vitest';
import CapturedAt from '../../src/components/CapturedAt.astro';
import { seedSnapshot } from '../support/snapshot-builder.ts';
import { liveOf, render, textOf } from './render.ts';

describe('CapturedAt', () => {
  it.each([
    [
      'fresh live capture',
      seedSnapshot({ source: 'live' }),
      '2026-11-24T12:30:00Z',
      'クラスタ rpi-cluster (v1.31.2) 取得日時 2026/11/24 18:30 JST(3時間前) 取得元 クラスタから取得',
    ],
    [
      'stale capture (8 days)',
      seedSnapshot({ source: 'live' }),
      '2026-12-02T09:30:00Z',
      'クラスタ rpi-cluster (v1.31.2) 取得日時 2026/11/24 18:30 JST(8日前) 取得元 クラスタから取得 ⚠️ 古いデータ: このスナップショットは8日前のものです(7日より古い)。現在のクラスタとは違う可能性があります。npm run snapshot で取り直してください。',
    ],
    [
      'shipped example',
      seedSnapshot({ source: 'example' }),
      '2026-11-25T09:30:00Z',
      'クラスタ rpi-cluster (v1.31.2) 取得日時 2026/11/24 18:30 JST(1日前) 取得元 サンプルデータ ℹ️ サンプル: これは同梱のサンプルデータです。実際のクラスタの状態ではありません。',
    ],
    [
      'a kubectl dump from January imported later: its own newest time, said to be inferred, and stale',
      seedSnapshot({ source: 'file', capturedAt: '2026-01-14T08:41:52Z', capturedAtFrom: 'dump' }),
      '2026-11-24T12:30:00Z',
      'クラスタ rpi-cluster (v1.31.2) 取得日時 2026/01/14 17:41 JST(314日前) — ダンプ内の最も新しい時刻から推定(kubectl のダンプは取得時刻を記録しないため) 取得元 kubectl のダンプファイル ⚠️ 古いデータ: このスナップショットは314日前のものです(7日より古い)。現在のクラスタとは違う可能性があります。npm run snapshot で取り直してください。',
    ],
    [
      'a kubectl dump, exactly 7 days old (not stale yet)',
      seedSnapshot({ source: 'file' }),
      '2026-12-01T09:30:00Z',
      'クラスタ rpi-cluster (v1.31.2) 取得日時 2026/11/24 18:30 JST(7日前) 取得元 kubectl のダンプファイル',
    ],
  ])('%s', async (_name, snapshot, now, expected) => {
    expect(textOf(await render(CapturedAt, { live: liveOf([snapshot], now) }))).toBe(expected);
  });

  it.each([
    ['fresh', 'live', '2026-11-24T10:30:00Z', 'rpi-cluster / 2026/11/24 18:30 JST(1時間前)時点'],
    ['stale', 'live', '2026-12-24T10:30:00Z', '⚠️ 古いデータ rpi-cluster / 2026/11/24 18:30 JST(30日前)時点'],
    ['example', 'example', '2026-11-24T10:30:00Z', 'サンプル rpi-cluster / 2026/11/24 18:30 JST(1時間前)時点'],
  ] as const)('compact caption: %s', async (_name, source, now, expected) => {
    expect(textOf(await render(CapturedAt, { live: liveOf([seedSnapshot({ source })], now), compact: true }))).toBe(expected);
  });

  it('shows the newest snapshot of the folder', async () => {
    const older = seedSnapshot({ capturedAt: '2026-11-20T00:00:00Z', source: 'live' });
    const text = textOf(await render(CapturedAt, { live: liveOf([seedSnapshot({ source: 'live' }), older], '2026-11-24T10:30:00Z') }));
    expect(text).toContain('2026/11/24 18:30 JST');
  });

  it('renders a script-bearing cluster name as text', async () => {
    const snapshot = seedSnapshot({ cluster: { name: '<script>alert(1)</script>', server: null, version: null } });
    const html = await render(CapturedAt, { live: liveOf([snapshot], '2026-11-24T10:30:00Z') });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('says plainly that there is no snapshot yet, and how to take one', async () => {
    expect(textOf(await render(CapturedAt, { live: liveOf([], '2026-11-24T10:30:00Z') }))).toBe(
      'スナップショットがまだありません このサイトの表と警告はクラスタのスナップショットから作られますが、スナップショットのフォルダが空です。 クラスタに接続できる端末で次を実行し、もう一度ビルドしてください: npm run snapshot && npm run build',
    );
  });
});
