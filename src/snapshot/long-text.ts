/** A text field (or object key) longer than allowed: where it is, and how long. */
export type LongText = { path: string; length: number; key: boolean };

/**
 * The first string or object key in `value` longer than `maxChars`, with its path
 * (`pods[3].containers[0].image`; a key's object), or null. One walk over the value; the path is built only for the answer.
 */
export function longText(value: unknown, maxChars: number): LongText | null {
  const path: (string | number)[] = [];
  const found = (length: number, key = false): LongText => ({ path: pathText(path), length, key });
  const walk = (node: unknown): LongText | null => {
    if (typeof node === 'string') return node.length > maxChars ? found(node.length) : null;
    if (typeof node !== 'object' || node === null) return null;
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((item, i) => [i, item]) : Object.entries(node);
    for (const [key, child] of entries) {
      if (typeof key === 'string' && key.length > maxChars) return found(key.length, true);
      path.push(key);
      const long = walk(child);
      if (long) return long;
      path.pop();
    }
    return null;
  };
  return walk(value);
}

/** `['pods', 3, 'labels', 'app.kubernetes.io/name']` -> `pods[3].labels["app.kubernetes.io/name"]`. */
function pathText(path: readonly (string | number)[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `${i > 0 ? '.' : ''}${key}` : `[${JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key)}]`))
    .join('');
}
