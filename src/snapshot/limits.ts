import { RunbookError } from './errors.ts';

/**
 * How much one capture reads and one snapshot holds at most, and how long a credential plugin may
 * take: a hostile or broken server or dump cannot make it run out of memory, write a file the site
 * build cannot load, or hang silent.
 */
export type Limits = {
  /** Bytes of one response body. */
  maxBodyBytes: number;
  /** Pages of one list (`continue` tokens followed). */
  maxPages: number;
  /** Items of one list. */
  maxItems: number;
  /** Milliseconds a kubeconfig's exec credential plugin may run before it is stopped. */
  maxExecMs: number;
  /** Bytes of one snapshot file. */
  maxSnapshotBytes: number;
  /** Characters of one text field (or key) of a snapshot; free text is cut far below it (redact/limits.ts). */
  maxTextChars: number;
};

/** Each limit, the environment variable that raises it, and its unit. */
const SETTINGS = {
  maxBodyBytes: { env: 'KUBE_RUNBOOK_MAX_BODY_MB', unit: 1024 * 1024, shown: ' MB', fallback: 64 },
  maxPages: { env: 'KUBE_RUNBOOK_MAX_PAGES', unit: 1, shown: '', fallback: 1000 },
  maxItems: { env: 'KUBE_RUNBOOK_MAX_ITEMS', unit: 1, shown: '', fallback: 50_000 },
  // A token plugin answers in about a second; one that opens a browser for a login needs the reader.
  maxExecMs: { env: 'KUBE_RUNBOOK_MAX_EXEC_SECONDS', unit: 1000, shown: ' s', fallback: 60 },
  // A kube-system snapshot is 50-500 KB; the site build holds every snapshot in memory.
  maxSnapshotBytes: { env: 'KUBE_RUNBOOK_MAX_SNAPSHOT_MB', unit: 1024 * 1024, shown: ' MB', fallback: 32 },
  // Names are at most 253 characters, config text is cut at 16 K: a longer field is not from a real cluster.
  maxTextChars: { env: 'KUBE_RUNBOOK_MAX_TEXT_CHARS', unit: 1, shown: ' characters', fallback: 65_536 },
} as const satisfies Record<keyof Limits, unknown>;

/** The defaults: far above a kube-system namespace (500 items a page, a few MB), far below a memory problem. */
export const DEFAULT_LIMITS: Limits = {
  maxBodyBytes: SETTINGS.maxBodyBytes.fallback * SETTINGS.maxBodyBytes.unit,
  maxPages: SETTINGS.maxPages.fallback,
  maxItems: SETTINGS.maxItems.fallback,
  maxExecMs: SETTINGS.maxExecMs.fallback * SETTINGS.maxExecMs.unit,
  maxSnapshotBytes: SETTINGS.maxSnapshotBytes.fallback * SETTINGS.maxSnapshotBytes.unit,
  maxTextChars: SETTINGS.maxTextChars.fallback,
};

/** The limits, each raised or lowered by its environment variable (a positive integer). */
export function limitsFromEnv(env: Readonly<Record<string, string | undefined>>): Limits {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, setting] of Object.entries(SETTINGS) as [keyof Limits, (typeof SETTINGS)[keyof Limits]][]) {
    const text = env[setting.env];
    if (text === undefined || text === '') continue;
    if (!/^[1-9]\d{0,8}$/.test(text)) {
      throw new RunbookError('E_ARGS', `${setting.env}=${JSON.stringify(text.slice(0, 40))} is not a positive whole number; unset it for the default ${setting.fallback}`);
    }
    limits[key] = Number(text) * setting.unit;
  }
  return limits;
}

/**
 * The one-line error of a breached limit: what, the limit, and the variable that raises it; `fix`
 * says when raising it is the fix (default: the cluster really is that big).
 */
export function limitError(what: string, key: keyof Limits, limits: Limits, fix = 'if the cluster really is that big, raise it'): RunbookError {
  const setting = SETTINGS[key];
  const shown = limits[key] / setting.unit;
  return new RunbookError('E_LIMIT', `${what} exceeds the limit of ${shown}${setting.shown} (${setting.env}); ${fix}, e.g. ${setting.env}=${shown * 4}`);
}
