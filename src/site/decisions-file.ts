/** The project's decisions about findings (silences, severity changes), read by `npm run findings` and the build. */
import { readFile } from 'node:fs/promises';
import { NO_DECISIONS, parseDecisions, type Decisions } from '../snapshot/decisions.ts';
import { RunbookError } from '../snapshot/errors.ts';

/** The decisions file, relative to the project (or the working directory of `npm run findings`). */
export const DECISIONS_FILE = 'findings.decisions.yaml';

/** The decisions in `file`; a missing file is no decisions, a bad one a RunbookError naming the file and field. */
export async function readDecisions(file: string): Promise<Decisions> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new RunbookError('E_INPUT', `${file}: cannot read the decisions file (${error.code ?? error.message})`);
  });
  return text === null ? NO_DECISIONS : parseDecisions(text, file);
}
