/**
 * Prints the mutation score per folder from StrykerJS's JSON report (`npm run mutate` writes it),
 * against the targets of issue 17; exits 1 when a folder is below its target.
 *
 *   npx tsx scripts/mutation-score.ts [reports/mutation/mutation.json]
 */
import { readFileSync } from 'node:fs';

/** Folders scored apart, with the lowest acceptable score (percent). */
const TARGETS: Record<string, number> = { 'src/snapshot/': 85, 'src/site/': 75 };

type Status = 'Killed' | 'Timeout' | 'Survived' | 'NoCoverage' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
type Report = { files: Record<string, { mutants: { status: Status }[] }> };

const file = process.argv[2] ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(file, 'utf8')) as Report;

let below = false;
for (const [folder, target] of Object.entries(TARGETS)) {
  const counts: Partial<Record<Status, number>> = {};
  for (const [path, { mutants }] of Object.entries(report.files)) {
    if (!path.startsWith(folder)) continue;
    for (const { status } of mutants) counts[status] = (counts[status] ?? 0) + 1;
  }
  const n = (status: Status) => counts[status] ?? 0;
  const detected = n('Killed') + n('Timeout');
  // Stryker's own definition: detected over valid mutants (compile and runtime errors and ignored ones are not valid).
  const valid = detected + n('Survived') + n('NoCoverage');
  const score = valid === 0 ? 100 : (100 * detected) / valid;
  if (score < target) below = true;
  console.log(
    `${folder.padEnd(14)} ${score.toFixed(2).padStart(6)} % (target ${target} %)  killed ${n('Killed')}, timeout ${n('Timeout')}, ` +
      `survived ${n('Survived')}, no coverage ${n('NoCoverage')}, compile errors ${n('CompileError')}, ignored ${n('Ignored')}`,
  );
}
process.exitCode = below ? 1 : 0;
