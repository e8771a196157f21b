import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RunbookError, errorCode } from './errors.ts';
import { compare } from './normalize/fields.ts';
import { RESOURCE_KEYS, specOf } from './resources.ts';

const DUMP_FILE = /\.(json|ya?ml|txt)$/;

/** The paths given to `--from` with each folder replaced by the dump files in it, and a line per folder saying what was read. */
export async function dumpFiles(paths: readonly string[], namespace: string): Promise<{ files: string[]; notes: string[] }> {
  const files: string[] = [];
  const notes: string[] = [];
  for (const path of paths) {
    if (!(await isFolder(path))) {
      files.push(path);
      continue;
    }
    const folder = await folderFiles(path, namespace);
    files.push(...folder.files);
    notes.push(folder.note);
  }
  return { files, notes };
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    // A missing path is named by the reader, with the same message as any file.
    return false;
  }
}

/**
 * The files of a `kubectl cluster-info dump --output-directory DIR` folder worth reading: the top
 * level (`nodes.json`, and any kubectl output put beside it), the namespace's folder
 * (`kube-system/pods.json`, `services.json`…), and in other namespaces only lists the registry reads
 * there (SealedSecrets of every namespace, `default/services.json` for the `kubernetes` Service).
 * Pod folders (`kube-system/POD/logs.txt`) are skipped: logs are never read.
 */
async function folderFiles(folder: string, namespace: string): Promise<{ files: string[]; note: string }> {
  const top = await entries(folder);
  const files = top.filter((entry) => entry.isFile() && DUMP_FILE.test(entry.name)).map((entry) => join(folder, entry.name));
  const folders = top.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  if (!folders.includes(namespace)) {
    throw new RunbookError('E_INPUT', `${folder}: no ${namespace}/ folder; pass the folder kubectl cluster-info dump --output-directory wrote (it holds nodes.json and ${namespace}/pods.json), or add --namespaces ${namespace} to that command`);
  }
  const ownFiles = (await entries(join(folder, namespace))).filter((entry) => entry.isFile() && DUMP_FILE.test(entry.name));
  files.push(...ownFiles.map((entry) => join(folder, namespace, entry.name)));
  let skipped = 0;
  for (const other of folders.filter((name) => name !== namespace)) {
    const wanted = new Set(pluralsReadIn(other));
    const lists = (await entries(join(folder, other))).filter((entry) => entry.isFile());
    const picked = lists.filter((entry) => wanted.has(entry.name.replace(DUMP_FILE, '')));
    files.push(...picked.map((entry) => join(folder, other, entry.name)));
    skipped += lists.length - picked.length;
  }
  return { files, note: `${folder}: cluster-info dump folder, ${files.length} files read; ${skipped} lists of other namespaces and the pods' logs skipped` };
}

/** The plurals (file names) the registry reads in a namespace other than the captured one. */
function pluralsReadIn(namespace: string): string[] {
  return RESOURCE_KEYS.map(specOf)
    .filter((spec) => spec.scope === 'all-namespaces' || (spec.scope === 'object' && spec.object!.namespace === namespace))
    .map((spec) => spec.plural);
}

async function entries(folder: string) {
  try {
    return (await readdir(folder, { withFileTypes: true })).sort((a, b) => compare(a.name, b.name));
  } catch (error) {
    throw new RunbookError('E_INPUT', `${folder}: cannot read the folder (${errorCode(error)}); check the path given to --from`, { cause: error });
  }
}
