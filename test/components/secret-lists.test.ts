import { describe, expect, it } from 'vitest';
import SealedSecretList from '../../src/components/SealedSecretList.astro';
import SecretList from '../../src/components/SecretList.astro';
import { buildSealedSecret, buildSecret, seedSnapshot } from '../support/snapshot-builder.ts';
import { bodyRows, headerCells, liveOf, markupOf, render, textOf } from './render.ts';

const NOW = '2026-11-25T09:30:00Z';
const seed = liveOf([seedSnapshot()], NOW);

describe('SealedSecretList', () => {
  it('has the columns namespace, name, synced, encrypted keys, age, in that order', async () => {
    expect(headerCells(await render(SealedSecretList, { live: seed }))).toEqual(['Namespace', '名前', '同期', '暗号化キー', '作成から']);
  });

  it('says in words (not colour) whether each was unsealed, with the controller\'s message', async () => {
    const sealedSecrets = [
      buildSealedSecret({ namespace: 'apps', name: 'db', synced: true, keys: ['password', 'user'] }),
      buildSealedSecret({ namespace: 'apps', name: 'old', synced: false, message: 'no key could decrypt secret (password)' }),
      buildSealedSecret({ namespace: 'apps', name: 'new', synced: null }),
    ];
    expect(bodyRows(await render(SealedSecretList, { live: liveOf([seedSnapshot({ sealedSecrets })], NOW) }))).toEqual([
      ['apps', 'db', '✓ 同期済み', 'password user', '12日'],
      ['apps', 'old', '✗ 失敗 no key could decrypt secret (password)', 'password', '12日'],
      ['apps', 'new', '? 不明', 'password', '12日'],
    ]);
  });

  it('renders a script-bearing name and message as text', async () => {
    const sealed = buildSealedSecret({ name: '<i>s</i>', synced: false, message: '<script>alert(1)</script>' });
    const html = await render(SealedSecretList, { live: liveOf([seedSnapshot({ sealedSecrets: [sealed] })], NOW) });
    expect(markupOf(html)).not.toContain('<script>alert(1)</script>');
    expect(markupOf(html)).not.toContain('<i>s</i>');
    expect(bodyRows(html)).toEqual([['default', '<i>s</i>', '✗ 失敗 <script>alert(1)</script>', 'password', '12日']]);
  });
});

describe('SecretList', () => {
  it('has the columns name, type, key count, age, and says values are never kept', async () => {
    const html = await render(SecretList, { live: seed });
    expect(headerCells(html)).toEqual(['名前', 'タイプ', 'キー数', '作成から']);
    expect(bodyRows(html)).toEqual([['sealed-secrets-keygs4s4', 'kubernetes.io/tls', '2', '12日']]);
    expect(textOf(html)).toMatch(/ 値はスナップショットに含まれません\(名前・タイプ・キー数のみ\)。$/);
  });

  it('keeps only `names`', async () => {
    const secrets = [buildSecret({ name: 'a' }), buildSecret({ name: 'b', keyCount: 3 }), buildSecret({ name: 'c' })];
    expect(bodyRows(await render(SecretList, { live: liveOf([seedSnapshot({ secrets })], NOW), names: ['b'] }))).toEqual([['b', 'Opaque', '3', '12日']]);
  });

  it('says none when the label matches no Secret it read', async () => {
    const text = textOf(await render(SecretList, { live: liveOf([seedSnapshot({ secrets: [buildSecret()] })], NOW), label: 'sealedsecrets.bitnami.com/sealed-secrets-key' }));
    expect(text).toBe('サンプル rpi-cluster / 2026/11/24 18:30 JST(1日前)時点 Secret はありません。');
  });

  it('renders script-bearing names and types as text', async () => {
    const html = await render(SecretList, { live: liveOf([seedSnapshot({ secrets: [buildSecret({ name: '<i>x</i>', type: '<script>alert(1)</script>' })] })], NOW) });
    expect(markupOf(html)).not.toContain('<script>alert(1)</script>');
    expect(markupOf(html)).not.toContain('<i>x</i>');
    expect(bodyRows(html)).toEqual([['<i>x</i>', '<script>alert(1)</script>', '1', '12日']]);
  });
});
