import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDumps } from '../../src/snapshot/dump.ts';
import { LAST_APPLIED } from '../../src/snapshot/redact.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-runbook-dump-'));
});

const options = { namespace: 'kube-system', capturedAt: '2026-11-24T09:30:00Z', source: 'file' as const };

/** Writes `text` as `name` in the test folder and reads it (with the other files) as a dump. */
async function read(files: Record<string, string | Uint8Array>) {
  const paths = [];
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(dir, name), text);
    paths.push(join(dir, name));
  }
  return readDumps(paths, options);
}

const pod = (name: string, namespace = 'kube-system') => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace } });
const list = (items: unknown[], kind = 'List') => JSON.stringify({ apiVersion: 'v1', kind, items });

/** The error message of a dump read that must fail, with the test folder replaced. */
async function failure(files: Record<string, string | Uint8Array>): Promise<string> {
  try {
    await read(files);
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as Error).message.replaceAll(dir, '<dir>')}`;
  }
  throw new Error('the read did not fail');
}

describe('readDumps: formats', () => {
  it('reads a kubectl List, sorting objects by kind', async () => {
    const raw = await read({ 'list.json': list([pod('a'), { kind: 'Deployment', metadata: { name: 'd', namespace: 'kube-system' } }, { kind: 'Node', metadata: { name: 'n1' } }]) });
    expect([raw.pods.length, raw.deployments.length, raw.nodes.length]).toEqual([1, 1, 1]);
  });

  it('reads a typed list whose items have no kind (the API form)', async () => {
    const raw = await read({ 'pods.json': JSON.stringify({ kind: 'PodList', apiVersion: 'v1', items: [{ metadata: { name: 'a', namespace: 'kube-system' } }] }) });
    expect(raw.pods.map((item) => item.kind)).toEqual(['Pod']);
  });

  it('reads single objects and multi-document YAML', async () => {
    const yaml = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n  namespace: kube-system\n---\n---\napiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: c, namespace: kube-system}\n';
    const raw = await read({ 'one.json': JSON.stringify(pod('a')), 'more.yaml': yaml });
    expect(raw.pods.map((item) => item.metadata?.name)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the target namespace, cluster-scoped nodes, cluster-info, the API service and SealedSecrets of every namespace', async () => {
    const raw = await read({
      'mixed.json': list([
        pod('mine'),
        pod('theirs', 'default'),
        { kind: 'ConfigMap', metadata: { name: 'other', namespace: 'kube-public' } },
        { kind: 'ConfigMap', metadata: { name: 'cluster-info', namespace: 'kube-public' }, data: {} },
        { kind: 'Service', metadata: { name: 'kubernetes', namespace: 'default' } },
        { kind: 'Service', metadata: { name: 'web', namespace: 'default' } },
        { kind: 'SealedSecret', apiVersion: 'bitnami.com/v1alpha1', metadata: { name: 's', namespace: 'apps' } },
        { kind: 'Widget', metadata: { name: 'w', namespace: 'kube-system' } },
      ]),
    });
    expect(raw.pods.map((item) => item.metadata?.name)).toEqual(['mine']);
    expect(raw.configMaps).toEqual([]);
    expect(raw.services).toEqual([]);
    expect(raw.clusterInfo?.metadata?.name).toBe('cluster-info');
    expect(raw.apiService?.metadata?.name).toBe('kubernetes');
    expect(raw.sealedSecrets.map((item) => item.metadata?.namespace)).toEqual(['apps']);
  });

  it('keeps one copy of an object found in several files, the last one', async () => {
    const newer = { ...pod('a'), status: { phase: 'Running' } };
    const raw = await read({ 'all.json': list([pod('a'), pod('b')]), 'pods.json': list([newer]) });
    expect(raw.pods.map((item) => `${item.metadata?.name} ${JSON.stringify(item.status ?? null)}`)).toEqual(['a {"phase":"Running"}', 'b null']);
  });

  it('takes core/v1 and events.k8s.io/v1 Events', async () => {
    const raw = await read({
      'events.json': list([
        { apiVersion: 'v1', kind: 'Event', metadata: { name: 'a', namespace: 'kube-system' } },
        { apiVersion: 'events.k8s.io/v1', kind: 'Event', metadata: { name: 'b', namespace: 'kube-system' } },
        pod('p'),
      ]),
    });
    expect(raw.events.map((item) => item.apiVersion)).toEqual(['v1', 'events.k8s.io/v1']);
  });
});

describe('readDumps: unknown kinds', () => {
  it.each(['ClusterRole', 'constructor', 'toString', '__proto__'])('ignores a %s', async (kind) => {
    const raw = await read({ 'pods.json': list([pod('a'), { apiVersion: 'v1', kind, metadata: { name: 'x', namespace: 'kube-system' } }]) });
    expect(raw.pods.map((p) => p.metadata?.name)).toEqual(['a']);
  });
});

describe('readDumps: what never goes further', () => {
  it('reduces Secrets to type and key count as it reads them', async () => {
    const secret = {
      kind: 'Secret', type: 'kubernetes.io/tls',
      metadata: { name: 's', namespace: 'kube-system', annotations: { [LAST_APPLIED]: '{"data":{"tls.key":"VALUE-1"}}', keep: 'x' } },
      data: { 'tls.crt': 'VALUE-2', 'tls.key': 'VALUE-3' },
      stringData: { 'tls.key': 'VALUE-4', extra: 'VALUE-5' },
    };
    const raw = await read({ 'secret.json': list([secret, pod('p')]) });
    expect(raw.secrets).toEqual([{ metadata: { name: 's', namespace: 'kube-system', annotations: { keep: 'x' } }, type: 'kubernetes.io/tls', keyCount: 3 }]);
    expect(JSON.stringify(raw)).not.toContain('VALUE-');
  });

  it('drops the last-applied annotation of every object', async () => {
    const annotated = { ...pod('p'), metadata: { ...pod('p').metadata, annotations: { [LAST_APPLIED]: 'VALUE' } } };
    const raw = await read({ 'pod.json': list([annotated]) });
    expect(raw.pods[0]!.metadata?.annotations).toEqual({});
  });
});

describe('readDumps: gaps', () => {
  it('records every kind no file held as not-in-dump', async () => {
    const raw = await read({ 'pods.json': list([pod('a')]) });
    expect(raw.gaps.map((gap) => `${gap.resource} ${gap.reason}: ${gap.message}`)).toMatchInlineSnapshot(`
      [
        "deployments not-in-dump: no Deployment in the dump; add kubectl get deployments -n kube-system -o json",
        "replicasets not-in-dump: no ReplicaSet in the dump; add kubectl get replicasets -n kube-system -o json",
        "daemonsets not-in-dump: no DaemonSet in the dump; add kubectl get daemonsets -n kube-system -o json",
        "statefulsets not-in-dump: no StatefulSet in the dump; add kubectl get statefulsets -n kube-system -o json",
        "jobs not-in-dump: no Job in the dump; add kubectl get jobs -n kube-system -o json",
        "cronjobs not-in-dump: no CronJob in the dump; add kubectl get cronjobs -n kube-system -o json",
        "services not-in-dump: no Service in the dump; add kubectl get services -n kube-system -o json",
        "endpointslices.discovery.k8s.io not-in-dump: no EndpointSlice in the dump; add kubectl get endpointslices.discovery.k8s.io -n kube-system -o json",
        "configmaps not-in-dump: no ConfigMap in the dump; add kubectl get configmaps -n kube-system -o json",
        "secrets not-in-dump: no Secret in the dump; add kubectl get secrets -n kube-system -o json (kube-runbook drops the values as it reads them)",
        "leases not-in-dump: no Lease in the dump; add kubectl get leases -n kube-system -o json",
        "events not-in-dump: no Event in the dump; add kubectl get events -n kube-system -o json",
        "nodes not-in-dump: no Node in the dump; add kubectl get nodes -o json",
        "sealedsecrets.bitnami.com not-in-dump: no SealedSecret in the dump; add kubectl get sealedsecrets.bitnami.com -A -o json",
        "kube-public/configmaps/cluster-info not-in-dump: no ConfigMap kube-public/cluster-info in the dump; add kubectl get configmap cluster-info -n kube-public -o json",
        "default/services/kubernetes not-in-dump: no Service default/kubernetes in the dump; add kubectl get service kubernetes -n default -o json",
        "readyz not-in-dump: no /readyz answer in the dump; add kubectl get --raw '/readyz?verbose' > readyz.txt",
        "livez not-in-dump: no /livez answer in the dump; add kubectl get --raw '/livez?verbose' > livez.txt",
      ]
    `);
  });

  it('counts an empty typed list as read', async () => {
    const raw = await read({ 'pods.json': list([pod('a')]), 'empty.json': JSON.stringify({ kind: 'EventList', apiVersion: 'v1', items: [] }) });
    expect(raw.gaps.map((gap) => gap.resource)).not.toContain('events');
  });
});

describe('readDumps: bad input', () => {
  const tail = '; pass the output of kubectl get … -o json or -o yaml';
  it.each<[string, Record<string, string>, string]>([
    ['not JSON', { 'dump.json': '{"kind": "List", "items": [' }, `<dir>/dump.json: not valid JSON (Unexpected end of JSON input)${tail}`],
    ['JSON with a bare word (the value is not echoed)', { 'dump.json': '{"kind": CANARY-VALUE}' }, `<dir>/dump.json: not valid JSON (unexpected character 'C')${tail}`],
    ['not YAML', { 'dump.yaml': 'kind: Pod\n  metadata: [\n' }, `<dir>/dump.yaml: not valid JSON or YAML (BLOCK_AS_IMPLICIT_KEY at line 1, column 7)${tail}`],
    ['empty', { 'dump.json': '  \n' }, `<dir>/dump.json: the file is empty${tail}`],
    ['an array', { 'dump.json': '[1, 2]' }, `<dir>/dump.json: expected an object, received an array${tail}`],
    ['an item without kind', { 'dump.json': list([pod('a'), pod('b'), pod('c'), pod('d'), { metadata: { name: 'x' } }]) }, `<dir>/dump.json: items[4]: object has no "kind"${tail}`],
    ['an item that is a string (the value is not echoed)', { 'dump.json': list(['SECRET-VALUE']) }, `<dir>/dump.json: items[0]: expected an object, received a string${tail}`],
    ['an object without a name', { 'dump.json': JSON.stringify({ kind: 'Pod', metadata: {} }) }, `<dir>/dump.json: Pod has no metadata.name${tail}`],
    ['a YAML document that is a scalar', { 'dump.yaml': 'kind: Pod\nmetadata: {name: a}\n---\njust text\n' }, `<dir>/dump.yaml: document 2: expected an object, received a string${tail}`],
    ['no pod of the namespace', { 'dump.json': list([pod('a', 'default')]) }, '<dir>/dump.json: no Pod of namespace kube-system; add the output of kubectl get pods -n kube-system -o json'],
  ])('%s', async (_case, files, expected) => {
    expect(await failure(files)).toBe(`E_INPUT: ${expected}`);
  });

  it('names a missing file', async () => {
    await expect(readDumps([join(dir, 'missing.json')], options)).rejects.toThrow(/missing\.json: cannot read the dump \(ENOENT\); check the path given to --from/);
  });
});

describe('readDumps: encodings, aliases and sizes', () => {
  const json = list([pod('a')]);
  const utf16 = (text: string, bigEndian: boolean) => {
    const bytes = Buffer.from(`\ufeff${text}`, 'utf16le');
    if (bigEndian) bytes.swap16();
    return bytes;
  };
  afterEach(() => vi.unstubAllEnvs());

  it('reads UTF-8 with a byte-order mark, JSON and YAML', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const state = await read({ 'bom.json': Buffer.concat([bom, Buffer.from(json)]), 'bom.yaml': Buffer.concat([bom, Buffer.from('kind: Pod\nmetadata: {name: b, namespace: kube-system}\n')]) });
    expect(state.pods.map((p) => p.metadata?.name)).toEqual(['a', 'b']);
  });

  it.each<[string, Record<string, string | Uint8Array>, string]>([
    ['UTF-16 LE (PowerShell)', { 'ps.json': utf16(json, false) }, "E_INPUT: <dir>/ps.json: the file is UTF-16 (PowerShell's > writes it); convert it with iconv -f UTF-16 -t UTF-8, or write it with kubectl … | Out-File -Encoding utf8"],
    ['UTF-16 BE', { 'be.json': utf16(json, true) }, "E_INPUT: <dir>/be.json: the file is UTF-16 (PowerShell's > writes it); convert it with iconv -f UTF-16 -t UTF-8, or write it with kubectl … | Out-File -Encoding utf8"],
    ['UTF-16 without a mark', { 'nobom.json': Buffer.from(json, 'utf16le') }, "E_INPUT: <dir>/nobom.json: the file is UTF-16 (PowerShell's > writes it); convert it with iconv -f UTF-16 -t UTF-8, or write it with kubectl … | Out-File -Encoding utf8"],
    ['Latin-1', { 'latin.json': Buffer.from('{"kind":"Pod","metadata":{"name":"caf\xe9"}}', 'latin1') }, "E_INPUT: <dir>/latin.json: the file is not UTF-8 text; pass kubectl's output as it wrote it (kubectl writes UTF-8)"],
    ['an alias bomb', { 'bomb.yaml': 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n' }, 'E_INPUT: <dir>/bomb.yaml: YAML aliases (*name) that have no anchor or expand too far; kubectl never writes aliases; pass the output of kubectl get … -o json or -o yaml'],
    ['an alias without anchor (its name is not echoed)', { 'alias.yaml': 'kind: Pod\nmetadata:\n  name: *CANARYalias\n' }, 'E_INPUT: <dir>/alias.yaml: YAML aliases (*name) that have no anchor or expand too far; kubectl never writes aliases; pass the output of kubectl get … -o json or -o yaml'],
  ])('%s: one line', async (_case, files, expected) => {
    expect(await failure(files)).toBe(expected);
  });

  it('refuses a file larger than KUBE_RUNBOOK_MAX_DUMP_MB before reading it', async () => {
    vi.stubEnv('KUBE_RUNBOOK_MAX_DUMP_MB', '1');
    expect(await failure({ 'big.json': `${json}${' '.repeat(1024 * 1024)}` })).toBe(
      'E_LIMIT: <dir>/big.json: 2 MB is more than the limit of 1 MB for a dump (KUBE_RUNBOOK_MAX_DUMP_MB); dump only the namespace, or raise it, e.g. KUBE_RUNBOOK_MAX_DUMP_MB=4',
    );
  });
});
