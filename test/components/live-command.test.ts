import { describe, expect, it } from 'vitest';
import LiveCommand from '../../src/site/commands/LiveCommand.astro';
import { seedSnapshot } from '../support/snapshot-builder.ts';
import { liveOf, render, textOf } from './render.ts';

const code = 'kubectl get secret -n {{namespace}} {{sealedSecretsKey}} -o yaml > key.yaml\nssh {{controlPlaneNode}}';
const copied = (html: string) => /<button[^>]*data-code="([^"]*)"/.exec(html)?.[1]?.replaceAll('\u007f', '\n').replaceAll('&gt;', '>');

describe('LiveCommand', () => {
  it('fills the placeholders from the latest snapshot, anchored, with a frame title and a copy button for the filled command', async () => {
    const html = await render(LiveCommand, { code, lang: 'bash', meta: 'title="鍵をバックアップする" id=key-backup', id: 'cmd-key-backup', where: 'backup.mdx', live: liveOf([seedSnapshot()], '2026-11-25T00:00:00Z') });
    expect(html).toMatch(/^<div class="command-block" id="cmd-key-backup" data-command-block[ >]/);
    expect(textOf(html)).toContain('鍵をバックアップする');
    expect(copied(html)).toBe('kubectl get secret -n kube-system sealed-secrets-keygs4s4 -o yaml > key.yaml\nssh rpi-master-1');
  });

  it('shows the hints without a snapshot, labelled by its heading when listed', async () => {
    const html = await render(LiveCommand, { code, lang: 'bash', labelledBy: 'backup-cmd-key-backup', where: 'backup.mdx', live: liveOf([], '2026-11-25T00:00:00Z') });
    expect(html).toMatch(/^<div class="command-block" data-command-block aria-labelledby="backup-cmd-key-backup"[ >]/);
    expect(copied(html)).toBe('kubectl get secret -n kube-system <sealed-secrets鍵のSecret名> -o yaml > key.yaml\nssh <コントロールプレーンのノード名>');
  });
});
