/**
 * Which files of a `kubectl cluster-info dump --output-directory` folder are read (dump-folder.ts), on a
 * small folder made here; test/unit/cluster-info-dump.test.ts reads a whole real one. readdir is the
 * real one with its entries in a scrambled order (libuv happens to sort them on Linux; the order read
 * must not depend on that; a reversed list would not do: the sort reverses a descending run whatever
 * its comparator says) or failing (as root, a chmod cannot make it fail).
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const readdirFailure = vi.hoisted(() => ({ error: null as Error | null }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    readdir: async (...args: Parameters<typeof actual.readdir>) => {
      if (readdirFailure.error) throw readdirFailure.error;
      const list = (await actual.readdir(...args)) as unknown[];
      const key = (entry: unknown) => [...(typeof entry === 'string' ? entry : (entry as { name: string }).name)].reverse().join('');
      return list.sort((a, b) => (key(a) < key(b) ? -1 : 1));
    },
  };
});

const { dumpFiles } = await import('../../src/snapshot/dump-folder.ts');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-dump-folder-'));
});

/** Makes the files (and so the folders) at these paths under `root`, in this order. */
async function layout(root: string, paths: string[]): Promise<void> {
  for (const path of paths) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), '{}');
  }
}

describe('dumpFiles', () => {
  it("reads the top level's and the namespace's dump files in name order, the lists other namespaces hold for the registry, and no pod folder", async () => {
    const folder = join(dir, 'dump');
    await layout(folder, [
      'replicationcontrollers.json', 'nodes.json', 'README.md', 'events.json', 'daemonsets.yaml', 'deployments.json', 'cluster-info.txt',
      'kube-system/services.json', 'kube-system/coredns-1/logs.txt', 'kube-system/pods.json', 'kube-system/notes.md', 'kube-system/events.json',
      'default/pods.json', 'default/web-1/logs.txt', 'default/services.json',
      'monitoring/services.json', 'household/sealedsecrets.json', 'kube-public/configmaps.json',
    ]);
    const paths = (names: string[]) => names.map((name) => join(folder, name));
    expect(await dumpFiles([folder, join(dir, 'other.json')], 'kube-system')).toEqual({
      files: [
        ...paths(['cluster-info.txt', 'daemonsets.yaml', 'deployments.json', 'events.json', 'nodes.json', 'replicationcontrollers.json']),
        ...paths(['kube-system/events.json', 'kube-system/pods.json', 'kube-system/services.json']),
        // default's Service list (for the `kubernetes` Service), SealedSecrets of every namespace, kube-public's cluster-info;
        // not monitoring's Services.
        ...paths(['default/services.json', 'household/sealedsecrets.json', 'kube-public/configmaps.json']),
        join(dir, 'other.json'),
      ],
      notes: [`${folder}: cluster-info dump folder, 12 files read; 2 lists of other namespaces and the pods' logs skipped`],
    });
  });

  it('names a folder it cannot read, with the error code and the option to check', async () => {
    const folder = join(dir, 'unreadable');
    await layout(folder, ['kube-system/pods.json']);
    const denied = Object.assign(new Error(`EACCES: permission denied, scandir '${folder}'`), { code: 'EACCES' });
    readdirFailure.error = denied;
    try {
      await expect(dumpFiles([folder], 'kube-system')).rejects.toMatchObject({
        code: 'E_INPUT',
        message: `${folder}: cannot read the folder (EACCES); check the path given to --from`,
        cause: denied,
      });
    } finally {
      readdirFailure.error = null;
    }
  });
});
