import { describe, expect, it } from 'vitest';
import LiveCommand from '../../src/site/commands/LiveCommand.astro';
import { readDumps } from '../../src/snapshot/dump.ts';
import { normalize } from '../../src/snapshot/normalize.ts';
import { buildNode, buildSealedSecretsKey, buildSnapshot, seedSnapshot } from '../support/snapshot-builder.ts';
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
    const html = await render(LiveCommand, { code, lang: 'bash', meta: 'title="鍵をバックアップする" id=key-backup nodes=any', id: 'cmd-key-backup', where: 'backup.mdx', live: liveOf([seedSnapshot()], '2026-11-25T00:00:00Z') });
    expect(html).toMatch(/^<div class="command-block" id="cmd-key-backup" data-command-block[ >]/);
    expect(textOf(html)).toContain('鍵をバックアップする');
    expect(copied(html)).toBe('kubectl get secret -n kube-system sealed-secrets-keygs4s4 -o yaml > key.yaml\nssh rpi-master-1');
  });

  it('shows the hints without a snapshot, labelled by its heading when listed', async () => {
    const html = await render(LiveCommand, { code, lang: 'bash', meta: 'nodes=any', labelledBy: 'backup-cmd-key-backup', where: 'backup.mdx', live: liveOf([], '2026-11-25T00:00:00Z') });
    expect(html).toMatch(/^<div class="command-block" data-command-block aria-labelledby="backup-cmd-key-backup"[ >]/);
    expect(copied(html)).toBe('kubectl get secret -n kube-system <sealed-secrets鍵のSecret名> -o yaml > key.yaml\nssh <コントロールプレーンのノード名>');
  });

  it('shows and copies a hostile node or Secret name from a dump single-quoted, so pasting it runs nothing', async () => {
    const hostile = seedSnapshot({
      nodes: [buildNode({ name: '$(touch /tmp/x)', roles: ['control-plane'] })],
      secrets: [buildSealedSecretsKey('key;reboot', '2026-11-20T00:00:00Z')],
    });
    const html = await render(LiveCommand, { code, lang: 'bash', meta: 'nodes=any', where: 'backup.mdx', live: liveOf([hostile], '2026-11-25T00:00:00Z') });
    const filled = "kubectl get secret -n kube-system 'key;reboot' -o yaml > key.yaml\nssh '$(touch /tmp/x)'";
    expect(copied(html)).toBe(filled);
    // What the reader sees is what is copied (Expressive Code splits the lines into spans).
    expect(textOf(html)).toContain("kubectl get secret -n kube-system 'key;reboot' -o yaml > key.yaml");
    expect(textOf(html)).toContain("ssh '$(touch /tmp/x)'");
  });
});

describe('LiveCommand on several control-plane nodes', () => {
  /** The HA kind cluster of the cluster-info dump fixture: three control-plane nodes and a worker. */
  const haCluster = async () =>
    normalize(await readDumps(['test/fixtures/cluster-info-dump/cluster-info-dump.txt'], { namespace: 'kube-system', capturedAt: '2026-03-10T08:41:52Z', source: 'file' }));
  const note = (html: string) => /<p class="command-nodes" data-command-nodes="(any|each)"[^>]*>([^<]*)<\/p>/.exec(html)?.slice(1);
  const ssh = 'ssh {{controlPlaneNode}}';

  it('names every node and says one of them will do, for nodes=any', async () => {
    const html = await render(LiveCommand, { code: ssh, lang: 'bash', meta: 'nodes=any', where: 'backup.mdx', live: liveOf([await haCluster()], '2026-03-11T00:00:00Z') });
    expect(note(html)).toEqual(['any', 'コントロールプレーンのノードは 3 台あります(kind-control-plane、kind-control-plane2、kind-control-plane3)。このコマンドはどれか 1 台で実行すれば足ります。下の例は kind-control-plane です。']);
    expect(copied(html)).toBe('ssh kind-control-plane');
  });

  it('names every node and says to run it on the node concerned, for nodes=each', async () => {
    const html = await render(LiveCommand, { code: ssh, lang: 'bash', meta: 'title="ログ" nodes=each', where: 'kube-apiserver.mdx', live: liveOf([await haCluster()], '2026-03-11T00:00:00Z') });
    const [scope, text] = note(html)!;
    expect(scope).toBe('each');
    expect(text).toContain('(kind-control-plane、kind-control-plane2、kind-control-plane3)');
    expect(text).toContain('調べるノード(問題の Pod が動いているノード)ごとに実行します');
    // The fence's nodes= is the page's, not Expressive Code's: it never shows in the frame.
    expect(textOf(html)).not.toContain('nodes=');
  });

  it('counts the legacy master role, and adds nothing on one control-plane node', async () => {
    const legacy = buildSnapshot({
      nodes: [buildNode({ name: 'old-master-a', roles: ['master'] }), buildNode({ name: 'old-master-b', roles: ['master'] }), buildNode({ name: 'worker', roles: [] })],
    });
    const legacyHtml = await render(LiveCommand, { code: ssh, lang: 'bash', meta: 'nodes=any', where: 'backup.mdx', live: liveOf([legacy], '2026-11-25T00:00:00Z') });
    expect(note(legacyHtml)?.[1]).toContain('2 台あります(old-master-a、old-master-b)');
    const seedHtml = await render(LiveCommand, { code: ssh, lang: 'bash', meta: 'nodes=each', where: 'backup.mdx', live: liveOf([seedSnapshot()], '2026-11-25T00:00:00Z') });
    expect(seedHtml).not.toContain('command-nodes');
  });

  it('refuses a {{controlPlaneNode}} command that does not say where it runs, naming the page', async () => {
    await expect(render(LiveCommand, { code: ssh, lang: 'bash', meta: 'title="x"', where: 'backup.mdx', live: liveOf([seedSnapshot()], '2026-11-25T00:00:00Z') })).rejects.toThrow(
      'backup.mdx: a command with {{controlPlaneNode}} needs nodes=any or nodes=each in its fence (on several control-plane nodes: run on one of them, or on the node concerned)',
    );
  });
});
