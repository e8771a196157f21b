import { describe, expect, it } from 'vitest';
import SealedSecretList from '../../src/components/SealedSecretList.astro';
import Unknown from '../../src/components/Unknown.astro';
import { buildGap, seedSnapshot } from '../support/snapshot-builder.ts';
import { liveOf, render, textOf } from './render.ts';

const NOW = '2026-11-25T09:30:00Z';

describe('Unknown', () => {
  it.each([
    [
      'forbidden',
      buildGap({ resource: 'events', reason: 'forbidden', httpStatus: 403, message: 'events is forbidden: User "runbook" cannot list resource "events"' }),
      'events',
      '❓ 不明 — 理由: 権限がありません (HTTP 403): events is forbidden: User "runbook" cannot list resource "events"',
    ],
    [
      'CRD absent',
      buildGap({ resource: 'sealedsecrets.bitnami.com', reason: 'crd-absent', httpStatus: undefined, message: 'the server could not find the requested resource' }),
      'sealedSecrets',
      '❓ 不明 — 理由: CRD がインストールされていません: the server could not find the requested resource',
    ],
  ])('says why (%s)', async (_name, gap, resource, expected) => {
    const html = await render(Unknown, { live: liveOf([seedSnapshot({ gaps: [gap] })], NOW), resource });
    expect(textOf(html)).toBe(expected);
  });

  it('names what is unknown, and says when the snapshot has no record of it', async () => {
    const html = await render(Unknown, { live: liveOf([seedSnapshot()], NOW), resource: 'configMaps', what: 'kube-proxy / config.conf' });
    expect(textOf(html)).toBe('❓ 不明(kube-proxy / config.conf) — 理由: スナップショットに記録されていません');
  });

  it('replaces a list the snapshot could not read', async () => {
    const gap = buildGap({ resource: 'sealedsecrets.bitnami.com', reason: 'forbidden', httpStatus: 403, message: 'forbidden' });
    const html = await render(SealedSecretList, { live: liveOf([seedSnapshot({ sealedSecrets: [], gaps: [gap] })], NOW) });
    expect(textOf(html)).toContain('❓ 不明(SealedSecret) — 理由: 権限がありません (HTTP 403): forbidden');
    expect(html).not.toContain('<table');
  });

  it('renders a script-bearing gap message as text', async () => {
    const gap = buildGap({ resource: 'events', message: '<script>alert(1)</script>' });
    const html = await render(Unknown, { live: liveOf([seedSnapshot({ gaps: [gap] })], NOW), resource: 'events' });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
