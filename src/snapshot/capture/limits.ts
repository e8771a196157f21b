import { RunbookError } from '../errors.ts';

/** How much one capture reads at most: a hostile or broken server cannot make it run out of memory. */
export type ReadLimits = {
  /** Bytes of one response body. */
  maxBodyBytes: number;
  /** Pages of one list (`continue` tokens followed). */
  maxPages: number;
  /** Items of one list. */
  maxItems: number;
};

/** Each limit, the environment variable that raises it, and its unit. */
const SETTINGS = {
  maxBodyBytes: { env: 'KUBE_RUNBOOK_MAX_BODY_MB', unit: 1024 * 1024, fallback: 64 },
  maxPages: { env: 'KUBE_RUNBOOK_MAX_PAGES', unit: 1, fallback: 1000 },
  maxItems: { env: 'KUBE_RUNBOOK_MAX_ITEMS', unit: 1, fallback: 50_000 },
} as const satisfies Record<keyof ReadLimits, unknown>;

/** The defaults: far above a kube-system namespace (500 items a page, a few MB), far below a memory problem. */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBodyBytes: SETTINGS.maxBodyBytes.fallback * SETTINGS.maxBodyBytes.unit,
  maxPages: SETTINGS.maxPages.fallback,
  maxItems: SETTINGS.maxItems.fallback,
};

/** The limits, each raised or lowered by its environment variable (a positive integer). */
export function limitsFromEnv(env: Readonly<Record<string, string | undefined>>): ReadLimits {
  const limits = { ...DEFAULT_READ_LIMITS };
  for (const [key, setting] of Object.entries(SETTINGS) as [keyof ReadLimits, (typeof SETTINGS)[keyof ReadLimits]][]) {
    const text = env[setting.env];
    if (text === undefined || text === '') continue;
    if (!/^[1-9]\d{0,8}$/.test(text)) {
      throw new RunbookError('E_ARGS', `${setting.env}=${JSON.stringify(text.slice(0, 40))} is not a positive whole number; unset it for the default ${setting.fallback}`);
    }
    limits[key] = Number(text) * setting.unit;
  }
  return limits;
}

/** The one-line error of a breached limit: what, the limit, and the variable that raises it. */
export function limitError(what: string, key: keyof ReadLimits, limits: ReadLimits): RunbookError {
  const setting = SETTINGS[key];
  const shown = limits[key] / setting.unit;
  return new RunbookError('E_LIMIT', `${what} exceeds the limit of ${shown}${setting.unit > 1 ? ' MB' : ''} (${setting.env}); if the cluster really is that big, raise it, e.g. ${setting.env}=${shown * 4}`);
}
