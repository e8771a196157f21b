import { describe, expect, it } from 'vitest';
import LiveCommand from '../../src/site/commands/LiveCommand.astro';
import { buildNode, buildSealedSecretsKey, seedSnapshot } from '../support/snapshot-builder.ts';
import { liveOf, render, textOf } from './render.ts';

const code = 'kubectl get secret -n {{namespace}} {{sealedSecretsKey}} -o yaml > key.yaml\nssh {{controlPlaneNode}}';
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** The text the copy button copies: its data-code attribute decoded (Expressive Code writes newlines as U+007F). */
const copied = (html: string) =>
  /<button[^>]*data-code="([^"]*)"/
    .exec(html)?.[1]
    ?.replace(/&(amp|lt|gt|quot|#39);|&#x([0-9a-f]+);/gi, (_m, name: string | undefined, hex: string | undefined) => (name ? ENTITIES[name]! : String.fromCodePoint(Number.parseInt(hex!, 16))))
    .replaceAll('\u007f', '\n');

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

  it('shows and copies a hostile node or Secret name from a dump single-quoted, so pasting it runs nothing', async () => {
    const hostile = seedSnapshot({
      nodes: [buildNode({ name: '$(touch /tmp/x)', roles: ['control-plane'] })],
      secrets: [buildSealedSecretsKey('key;reboot', '2026-11-20T00:00:00Z')],
    });
    const html = await render(LiveCommand, { code, lang: 'bash', where: 'backup.mdx', live: liveOf([hostile], '2026-11-25T00:00:00Z') });
    const filled = "kubectl get secret -n kube-system 'key;reboot' -o yaml > key.yaml\nssh '$(touch /tmp/x)'";
    expect(copied(html)).toBe(filled);
    // What the reader sees is what is copied (Expressive Code splits the lines into spans).
    expect(textOf(html)).toContain("kubectl get secret -n kube-system 'key;reboot' -o yaml > key.yaml");
    expect(textOf(html)).toContain("ssh '$(touch /tmp/x)'");
  });
});
