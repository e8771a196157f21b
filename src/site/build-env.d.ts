interface ImportMetaEnv {
  /** The snapshot folder the build reads, defined by astro.config.mjs from `$SNAPSHOTS_DIR`. */
  readonly KUBE_RUNBOOK_SNAPSHOTS_DIR: string;
}
