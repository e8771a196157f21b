/** A site path under Astro's `base` (`/troubleshooting/` -> `/docs/troubleshooting/` when base is `/docs`). */
export function sitePath(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Where a finding's topic is handled: its section of the troubleshooting page. */
export function troubleshootingHref(topic: string): string {
  return sitePath(`/troubleshooting/#${topic}`);
}
