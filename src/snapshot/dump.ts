import { readFile, stat } from 'node:fs/promises';
import { parseAllDocuments } from 'yaml';
import { RunbookError, errorCode, jsonProblem } from './errors.ts';
import { emptyRawState, type KubeObject, type RawState, type SecretMeta } from './raw.ts';
import { parseHealth } from './api-health.ts';
import { CERTIFICATE_COMMANDS, certificateToolOf, readCertificateListing } from './certificate-outputs.ts';
import { dumpFiles } from './dump-folder.ts';
import { splitJsonDocuments, withoutLogBlocks } from './dump-stream.ts';
import { isRecord, obj } from './normalize/fields.ts';
import { withoutLastApplied } from './redact.ts';
import { RESOURCE_KEYS, isListKey, specOf, type ListKey, type ObjectKey, type ResourceSpec } from './resources.ts';
import type { Certificate, Gap, HealthEndpoint, SnapshotSource } from './schema.ts';

/** Options of `readDumps`: what the CLI knows that the files do not. */
export type DumpOptions = {
  namespace: string;
  capturedAt: string;
  source: SnapshotSource;
  onProgress?: (line: string) => void;
};

type Target = ResourceSpec & { key: ListKey };

/** Kind -> the list it fills. A Map, so a kind such as `constructor` finds nothing. */
const KINDS = new Map<string, Target>(
  RESOURCE_KEYS.filter(isListKey).map((key): [string, Target] => [specOf(key).kind, { ...specOf(key), key }]),
);

/** The registry's single objects (`kube-public/cluster-info`), found by kind, namespace and name. */
const OBJECTS = RESOURCE_KEYS.filter((key): key is ObjectKey => !isListKey(key)).map((key) => ({ ...specOf(key), key }));

/**
 * Reads `kubectl get … -o json` (or `-o yaml`) output into a RawState: `List` files, typed lists
 * (`PodList`), single objects, multi-document YAML, `kubectl cluster-info dump` stdout (lists one
 * after another, log blocks skipped) and its `--output-directory` folders (see dump-folder.ts).
 * Secret values are dropped as each Secret is read,
 * and every last-applied annotation with them. Kinds no file held become gaps (`not-in-dump`).
 */
export async function readDumps(paths: readonly string[], options: DumpOptions): Promise<RawState> {
  const state = emptyRawState({ capturedAt: options.capturedAt, source: options.source, namespace: options.namespace });
  const seen = new Set<string>();
  const positions = new Map<string, number>();
  let otherNamespaces = 0;
  const { files, notes } = await dumpFiles(paths, options.namespace);
  for (const note of notes) options.onProgress?.(note);
  for (const file of files) {
    const started = performance.now();
    const text = await readText(file);
    const health = healthDump(text);
    if (health) {
      state.apiHealth[health.endpoint] = health.answer;
      options.onProgress?.(`${file}: /${health.endpoint}?verbose, ${health.answer.checks.length} checks`);
      continue;
    }
    const objects = parseObjects(text, file, seen);
    for (const object of objects) {
      const placed = place(state, object, options.namespace, positions);
      if (placed === 'list') seen.add(object.kind!);
      else if (!placed) otherNamespaces++;
    }
    options.onProgress?.(`${file}: ${objects.length} objects (${Math.round(performance.now() - started)} ms)`);
  }
  if (otherNamespaces > 0) options.onProgress?.(`ignored ${otherNamespaces} objects of other namespaces or kinds`);
  // A kube-system without pods is no cluster's: an empty PodList is another namespace's (`kubectl cluster-info dump --namespaces default`).
  if (!seen.has('Pod') || state.pods.length === 0) {
    throw new RunbookError('E_INPUT', `${files.join(', ')}: no Pod of namespace ${options.namespace}; add the output of kubectl get pods -n ${options.namespace} -o json`);
  }
  state.gaps = missingGaps(state, seen, options.namespace);
  for (const endpoint of ['readyz', 'livez'] as const) {
    if (state.apiHealth[endpoint]) continue;
    state.gaps.push({ resource: endpoint, reason: 'not-in-dump', message: `no /${endpoint} answer in the dump; add kubectl get --raw '/${endpoint}?verbose' > ${endpoint}.txt` });
  }
  return state;
}

/**
 * The certificates of node-side listings (`--certs FILE`: kubeadm's check-expiration or k3s's
 * certificate check, as JSON), for a live capture or a dump alike. Any other file is refused.
 */
export async function readCertificateFiles(files: readonly string[], onProgress?: (line: string) => void): Promise<Certificate[]> {
  const certificates: Certificate[] = [];
  for (const file of files) {
    const documents = decode(await readText(file), file);
    const [document] = documents;
    const tool = documents.length === 1 && isRecord(document) ? certificateToolOf(document) : null;
    if (!tool) throw new RunbookError('E_INPUT', `${file}: not a certificate listing; --certs reads the output of ${CERTIFICATE_COMMANDS}`);
    const read = readCertificateListing(tool, document as Record<string, unknown>, file);
    onProgress?.(`${file}: ${read.length} certificates (${tool})`);
    certificates.push(...read);
  }
  return certificates;
}

/** The largest dump file read, in MB; KUBE_RUNBOOK_MAX_DUMP_MB raises it. A kube-system dump is a few MB. */
const MAX_DUMP_MB = 64;

/**
 * `kubectl get --raw '/readyz?verbose'` output (text, not JSON): which endpoint it is comes from
 * its last line (`readyz check passed`). Null for any other file.
 */
function healthDump(text: string): { endpoint: 'readyz' | 'livez'; answer: HealthEndpoint } | null {
  if (!/^\[[+-]\]/.test(text.trimStart())) return null;
  const verdict = /^(readyz|livez) check (?:passed|failed)\s*$/m.exec(text.slice(-200));
  // A file has no HTTP status; its verdict line (`readyz check failed`, sent with a 500) is what parseHealth reads.
  const answer = parseHealth(text, 200);
  return verdict && answer ? { endpoint: verdict[1] as 'readyz' | 'livez', answer } : null;
}

async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    const limitMb = maxDumpMb();
    const { size } = await stat(file);
    if (size > limitMb * 1024 * 1024) {
      throw new RunbookError('E_LIMIT', `${file}: ${Math.ceil(size / 1024 / 1024)} MB is more than the limit of ${limitMb} MB for a dump (KUBE_RUNBOOK_MAX_DUMP_MB); dump only the namespace, or raise it, e.g. KUBE_RUNBOOK_MAX_DUMP_MB=${limitMb * 4}`);
    }
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof RunbookError) throw error;
    throw new RunbookError('E_INPUT', `${file}: cannot read the dump (${errorCode(error)}); check the path given to --from`, { cause: error });
  }
  return decodeText(bytes, file);
}

function maxDumpMb(): number {
  const text = process.env.KUBE_RUNBOOK_MAX_DUMP_MB;
  if (text === undefined || text === '') return MAX_DUMP_MB;
  if (!/^[1-9]\d{0,5}$/.test(text)) throw new RunbookError('E_ARGS', `KUBE_RUNBOOK_MAX_DUMP_MB=${JSON.stringify(text.slice(0, 40))} is not a positive whole number; unset it for the default ${MAX_DUMP_MB}`);
  return Number(text);
}

/**
 * The file's bytes as text: UTF-8, with or without a byte-order mark (Windows editors write one).
 * UTF-16 (PowerShell's `>` writes it) and other encodings are named, not misread.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff) || (bytes.length >= 2 && (first === 0 || second === 0))) {
    throw new RunbookError('E_INPUT', `${file}: the file is UTF-16 (PowerShell's > writes it); convert it with iconv -f UTF-16 -t UTF-8, or write it with kubectl … | Out-File -Encoding utf8`);
  }
  try {
    // `ignoreBOM: false` (the default) drops a leading UTF-8 byte-order mark.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RunbookError('E_INPUT', `${file}: the file is not UTF-8 text; pass kubectl's output as it wrote it (kubectl writes UTF-8)`);
  }
}

/**
 * The objects of one file; a typed list (`PodList`) marks its kind as read even when empty.
 * A certificate listing is refused with the option that reads it: one way to import each thing.
 */
function parseObjects(text: string, file: string, seen: Set<string>): KubeObject[] {
  const documents = decode(text, file);
  const objects: KubeObject[] = [];
  documents.forEach((document, docIndex) => {
    const at = documents.length > 1 ? `${file}: document ${docIndex + 1}` : file;
    // An empty YAML document (`---` alone) reads as null; JSON and YAML never give undefined.
    if (document === null) return;
    if (!isRecord(document)) throw inputError(`${at}: expected an object, received ${describe(document)}`);
    const tool = certificateToolOf(document);
    if (tool) throw new RunbookError('E_INPUT', `${at}: this is ${tool}'s certificate listing, not kubectl output; pass it with --certs ${file} instead of --from`);
    const kind = document.kind;
    // `kubectl cluster-info dump` and the API write an empty typed list as `"items": null`.
    if (document.items === null && typeof kind === 'string' && kind.endsWith('List')) document.items = [];
    if (Array.isArray(document.items) && (kind === undefined || (typeof kind === 'string' && kind.endsWith('List')))) {
      // A typed list (`PodList` from the API) leaves `kind` off its items; kubectl's `List` keeps it.
      // (`List` itself gives '': no kind to add.)
      const itemKind = typeof kind === 'string' ? kind.slice(0, -'List'.length) : undefined;
      const items = document.items.map((item: unknown, index: number) => checkObject(item, `${at}: items[${index}]`, itemKind));
      // An empty typed list names no namespace and marks its kind as read; a full one counts through
      // its items as they are placed, so another namespace's `PodList` (cluster-info dump) says nothing of this one.
      if (itemKind && items.length === 0) seen.add(itemKind);
      objects.push(...items);
    } else {
      objects.push(checkObject(document, at, undefined));
    }
  });
  return objects;
}

function decode(whole: string, label: string): unknown[] {
  const text = withoutLogBlocks(whole, label);
  const trimmed = text.trimStart();
  if (trimmed === '') throw inputError(`${label}: the file is empty`);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return decodeJson(text, label);
  // An empty stream (comments only) is an empty array too: yaml's EmptyStream extends Array.
  const documents = parseAllDocuments(text);
  return documents.map((document, index) => {
    const at = documents.length > 1 ? `document ${index + 1}: ` : '';
    const [problem] = document.errors;
    if (problem) {
      // The code and position, not the message: YAML's messages quote the text, which may hold secrets.
      const position = problem.linePos?.[0];
      // Stryker disable next-line StringLiteral: yaml gives every parse error a position (prettyErrors is on by default); the fallback is for the type.
      throw inputError(`${label}: ${at}not valid JSON or YAML (${problem.code}${position ? ` at line ${position.line}, column ${position.col}` : ''})`);
    }
    try {
      return document.toJS({ maxAliasCount: 100 }) as unknown;
    } catch {
      // An alias without its anchor, or aliases that expand past 100 copies (a "billion laughs" bomb).
      throw inputError(`${label}: ${at}YAML aliases (*name) that have no anchor or expand too far; kubectl never writes aliases`);
    }
  });
}

/**
 * One JSON document, or several one after another as `kubectl cluster-info dump` prints them. A
 * document that does not parse is named by its number and first line.
 */
function decodeJson(text: string, label: string): unknown[] {
  let problem: unknown;
  try {
    return [JSON.parse(text)];
  } catch (error) {
    problem = error;
  }
  const documents = splitJsonDocuments(text, label);
  if (documents.length <= 1) throw inputError(`${label}: not valid JSON (${jsonProblem(problem)})`);
  return documents.map(({ text: document, line }, index) => {
    try {
      return JSON.parse(document) as unknown;
    } catch (error) {
      throw inputError(`${label}: document ${index + 1} (line ${line}): not valid JSON (${jsonProblem(error)})`);
    }
  });
}

function checkObject(value: unknown, where: string, kind: string | undefined): KubeObject {
  if (!isRecord(value)) throw inputError(`${where}: expected an object, received ${describe(value)}`);
  const object = (kind && value.kind === undefined ? { ...value, kind } : value) as KubeObject;
  if (typeof object.kind !== 'string') throw inputError(`${where}: object has no "kind"`);
  if (!isRecord(object.metadata) || typeof object.metadata.name !== 'string') {
    throw inputError(`${where}: ${object.kind} has no metadata.name`);
  }
  return { ...object, metadata: withoutLastApplied(object.metadata) };
}

/**
 * Puts one object where it belongs: in a list, in a single field, or nowhere (false). An object met
 * twice (`kubectl get all` next to `kubectl get pods`) replaces its first copy: later files win.
 */
function place(state: RawState, object: KubeObject, namespace: string, positions: Map<string, number>): 'list' | 'single' | false {
  const metadata = object.metadata!;
  const objectNamespace = metadata.namespace ?? namespace;
  const single = OBJECTS.find((o) => o.kind === object.kind && o.object!.namespace === objectNamespace && o.object!.name === metadata.name);
  if (single) {
    state[single.key] = object;
    return 'single';
  }
  const target = KINDS.get(object.kind!);
  if (!target) return false;
  if (target.scope === 'namespace' && objectNamespace !== namespace) return false;
  const list: unknown[] = state[target.key];
  const item = target.form === 'table' ? secretMeta(object) : object;
  // Events of both APIs share kind and name; keep them apart here, normalize merges them by uid.
  const api = object.kind === 'Event' ? object.apiVersion : undefined;
  const key = `${object.kind}|${api}|${objectNamespace}|${metadata.name}`;
  const position = positions.get(key);
  if (position === undefined) positions.set(key, list.push(item) - 1);
  else list[position] = item;
  return 'list';
}

/** A Secret reduced to what may be kept: type and key count. The values go no further than here. */
function secretMeta(secret: KubeObject): SecretMeta {
  const keys = new Set([...Object.keys(obj(secret.data)), ...Object.keys(obj(secret.stringData))]);
  return {
    metadata: secret.metadata!,
    type: typeof secret.type === 'string' ? secret.type : 'Opaque',
    keyCount: keys.size,
  };
}

/** One gap for every kind no file held, and every single object it lacked, so the pages say 不明 rather than "none". */
function missingGaps(state: RawState, seen: Set<string>, namespace: string): Gap[] {
  const gaps: Gap[] = [];
  for (const [kind, { gap, scope, form }] of KINDS) {
    if (seen.has(kind)) continue;
    const where = scope === 'cluster' ? '' : scope === 'all-namespaces' ? ' -A' : ` -n ${namespace}`;
    const note = form === 'table' ? ' (kube-runbook drops the values as it reads them)' : '';
    gaps.push({ resource: gap, reason: 'not-in-dump', message: `no ${kind} in the dump; add kubectl get ${gap}${where} -o json${note}` });
  }
  for (const { key, gap, kind, object } of OBJECTS) {
    if (state[key]) continue;
    const { namespace: where, name } = object!;
    gaps.push({ resource: gap, reason: 'not-in-dump', message: `no ${kind} ${where}/${name} in the dump; add kubectl get ${kind.toLowerCase()} ${name} -n ${where} -o json` });
  }
  return gaps;
}

function inputError(message: string): RunbookError {
  return new RunbookError('E_INPUT', `${message}; pass the output of kubectl get … -o json or -o yaml`);
}

/** The kind of a value, never the value: a malformed dump may hold secrets. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}
