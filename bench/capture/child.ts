/** What a bench child prints as its last stdout line: its own figures, measured inside the process. */
export type ChildFigures = {
  /** Milliseconds of work, from the first request to the last item parsed (process start-up excluded). */
  ms: number;
  /** Peak resident set size of the whole process, in MB. */
  maxRssMb: number;
  /** Objects received. */
  items: number;
  /** Extra timings the child knows (e.g. the pods list alone). */
  detail?: Record<string, number>;
};

/** Prints the figures as the child's last line, with the process's peak RSS. */
export function report(figures: Omit<ChildFigures, 'maxRssMb'>): void {
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ ...figures, maxRssMb })}\n`);
}
