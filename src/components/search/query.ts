/**
 * Query normalisation before Pagefind: the words a reader types, spelt as the index spells them. Plain
 * functions with no imports: /pagefind-relaxed/pagefind.js inlines this file before relaxed-pagefind.ts.
 */

/**
 * Particles between two words of other scripts: they match nearly every page, so Pagefind would rank and
 * highlight them (「Pod が Pending のまま」). Longest first, so から wins over か.
 */
const PARTICLE = /(?<![\p{Script=Hiragana}])(?:のまま|から|まで|より|など|が|に|を|は|の|で|と|へ|も|や)(?![\p{Script=Hiragana}])/gu;
/**
 * "Become" endings with their particle (ノードが NotReady になった): no search meaning, and Pagefind would
 * split them into に / なっ / た and highlight each. A particle glued to a known verb (につながらない,
 * ができない) goes, the verb stays.
 */
const BECOME = /(?<![\p{Script=Hiragana}])(?:に|と)?(?:なった|なって|なる)(?![\p{Script=Hiragana}])/gu;
const PARTICLE_BEFORE_VERB = /(?<![\p{Script=Hiragana}])(?:に|が|を|で|は|も)(?=つなが|できな|できる|ならな)/gu;
/** Spellings of one word that the index holds in one form only (Lindera keeps 繋がる, the page says つながる). */
const KANA_VARIANTS: readonly (readonly [string, string])[] = [
  ['繋が', 'つなが'],
  ['繋げ', 'つなげ'],
];
/**
 * Katakana readings of names and states the pages write in Latin letters (kubectl's own words): one reader
 * types キューブレット or ノット レディ, the index holds kubelet and NotReady. Spaces between the parts are optional.
 */
const LOANWORDS: readonly (readonly [RegExp, string])[] = [
  [/ノット\s*レディ/g, 'NotReady'],
  [/イメージ\s*プル\s*バック\s*オフ/g, 'ImagePullBackOff'],
  [/クラッシュ\s*ループ\s*バック\s*オフ/g, 'CrashLoopBackOff'],
  [/ペンディング/g, 'Pending'],
  [/キューブレット/g, 'kubelet'],
  [/エトセディ|エトセド/g, 'etcd'],
  [/シールド\s*シークレッ(?:ト|ツ)/g, 'Sealed Secrets'],
  [/エンドポイント\s*スライス/g, 'EndpointSlice'],
  // Written 証明書 on every page.
  [/サーティフィケー?ト|サーティフィケイト/g, '証明書'],
];
/** Component and tool names worth a typo fallback: a Latin word one or two edits away becomes the name. */
const KNOWN_NAMES = [
  'coredns', 'kube-proxy', 'kube-apiserver', 'apiserver', 'kube-scheduler', 'scheduler', 'kube-controller-manager', 'controller-manager',
  'etcdctl', 'kubelet', 'kubeseal', 'kubectl', 'kubeadm', 'crictl', 'journalctl', 'iptables', 'sealed', 'secret', 'secrets', 'sealedsecret', 'corefile',
  // Real words within one edit of a name above: kept as they are.
  'service', 'events', 'secure',
];

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
    if (Math.min(...row) > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The known name a mistyped Latin word stands for (cordns -> coredns), or the word itself. */
function correctName(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length < 5 || !/^[a-z][a-z.-]*$/.test(lower) || KNOWN_NAMES.includes(lower)) return word;
  const max = lower.length >= 8 ? 2 : 1;
  const best = KNOWN_NAMES.map((name) => ({ name, distance: editDistance(lower, name, max) })).sort((x, y) => x.distance - y.distance)[0];
  return best && best.distance <= max ? best.name : word;
}

/**
 * The query as the index spells it: full-width letters to ASCII (NFKC: ｋｕｂｅ－ｐｒｏｘｙ -> kube-proxy), one
 * spelling per kana variant, katakana readings of Latin names as the names, particles between words
 * dropped, mistyped component names corrected.
 */
export function normalizeQuery(term: string): string {
  let query = term.normalize('NFKC');
  for (const [from, to] of KANA_VARIANTS) query = query.replaceAll(from, to);
  for (const [reading, name] of LOANWORDS) query = query.replace(reading, ` ${name} `);
  query = query.replace(BECOME, ' ').replace(PARTICLE_BEFORE_VERB, ' ').replace(PARTICLE, ' ');
  return query
    .split(/\s+/)
    .filter(Boolean)
    .map(correctName)
    .join(' ');
}

/**
 * The words of a normalised query: Japanese split as the browser splits it (Intl.Segmenter, as Pagefind does
 * since 1.5), without particles and other one- or two-letter hiragana, which match nearly every page; Latin
 * words as typed.
 */
export function queryTerms(query: string): string[] {
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  // A Latin word stays whole (kube-proxy, resolv.conf): split, its parts would each count as a word shown.
  const words = query.split(/\s+/).filter(Boolean).flatMap((token) =>
    /^[\x21-\x7e]+$/.test(token)
      ? [token]
      : [...segmenter.segment(token)].filter((s) => s.isWordLike && !/^\p{Script=Hiragana}{1,2}$/u.test(s.segment)).map((s) => s.segment),
  );
  return [...new Set(words)];
}
