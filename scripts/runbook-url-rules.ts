/**
 * `npm run monitoring-rules`: writes docs/monitoring/runbook-urls.{rules,values}.yaml, the etcd and
 * CoreDNS mixins' alerts with a runbook_url into this site, from the upstream rule files pinned in
 * test/fixtures/upstream-alerts/ (src/snapshot/alerts/sources.ts names the commits).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runbookUrlDocs } from '../src/snapshot/alerts/runbook-url-rules.ts';

const UPSTREAM = 'test/fixtures/upstream-alerts';
for (const [path, text] of Object.entries(runbookUrlDocs((name) => readFileSync(join(UPSTREAM, name), 'utf8')))) {
  writeFileSync(path, text);
  console.log(path);
}
