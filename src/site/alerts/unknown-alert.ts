/**
 * A 404 under /runbooks/ is an alert whose link points here but which the catalogue does not know
 * (a newer upstream alert, a custom rule): the 404 page says so and offers the site's search.
 */

/** The alert name a missing page's path asks for (`/runbooks/kubernetes/kubefoo/` -> `kubefoo`), or null when the path is not an alert's. */
export function unknownAlertName(pathname: string, base: string): string | null {
  const root = `${base.replace(/\/$/, '')}/runbooks/`;
  if (!pathname.startsWith(root)) return null;
  const segments = pathname.slice(root.length).split('/').filter(Boolean);
  const name = segments.at(-1);
  if (!name || segments.length > 2) return null;
  const decoded = safeDecode(name);
  // Alert names are Prometheus label values of the form [a-zA-Z_][a-zA-Z0-9_]*; anything else is not one.
  return decoded !== null && /^[A-Za-z_][A-Za-z0-9_]{0,199}$/.test(decoded) ? decoded : null;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
