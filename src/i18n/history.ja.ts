/** Japanese text of the 履歴 pages, the comparison page and the restart trend charts. */
import { summarize, type SnapshotDiff } from '../snapshot/diff.ts';
import { formatJst } from './time.ja.ts';
import { SEVERITIES, type Severity } from '../snapshot/findings.ts';
import { summaryLine } from './diff.ja.ts';
import { SEVERITY_LABELS } from './findings.ja.ts';

/**
 * A comparison's headline: summaryLine, plus the restart counts that dropped (pods recreated),
 * which summaryLine leaves out (it counts increases only).
 */
export function changeLine(diff: SnapshotDiff): string {
  const summary = summarize(diff);
  const drops = diff.workloads.restarts.filter((r) => r.delta < 0).length;
  if (drops === 0) return summaryLine(summary);
  const counted = Object.entries(summary).some(([key, n]) => key !== 'total' && n > 0);
  const resets = historyJa.table.restartResets(drops);
  return counted ? `${summaryLine(summary)}・${resets}` : resets;
}

export const historyJa = {
  title: '履歴',
  description: 'スナップショットの一覧、前回との比較、ワークロードごとの再起動回数の推移。',
  intro: 'スナップショットごとの Pod 数・未準備の数・再起動回数の合計・指摘。日時を選ぶとその時点の表と前回との比較を表示します。',
  empty: 'スナップショットがまだありません。',
  cluster: (name: string, count: number) => `クラスタ ${name}(${count}件)`,
  otherClusters: 'ほかのクラスタのスナップショットは、混ぜずに別の表にしています。',
  compareLink: '任意の 2 つを比較する',

  table: {
    title: 'スナップショット一覧',
    caption: (name: string) => `${name} のスナップショット(新しい順)`,
    capturedAt: '取得日時',
    pods: 'Pod 数',
    notReady: '未準備',
    restarts: '再起動回数の合計',
    findings: '指摘',
    changes: '前回からの変化',
    first: '最初のスナップショット',
    restartResets: (n: number) => `再起動回数のリセット ${n}`,
    unknown: '不明',
  },
  findingCounts: (c: Record<Severity, number>) =>
    c.critical + c.warning + c.info === 0 ? 'なし' : SEVERITIES.map((s) => `${SEVERITY_LABELS[s]} ${c[s]}`).join('・'),

  trends: {
    title: '再起動回数の推移',
    intro: '再起動したことのあるワークロードごとの再起動回数(その時点の Pod の合計)。線の切れ目はその時点にワークロードがなかったか Pod を読み取れなかったこと、◇ は Pod の再作成でカウントが減ったことを示します。',
    none: 'どのワークロードも再起動していません。',
    numbers: '数値で見る',
    at: '取得日時',
    chartLabel: (name: string, summary: string) => `${name} の再起動回数の推移: ${summary}`,
    summary: (first: number, last: number, min: number, max: number, count: number, resets: number) =>
      `${count}件のスナップショットで ${first}回 → ${last}回(最小 ${min}回、最大 ${max}回${resets > 0 ? `、再作成によるリセット ${resets}回` : ''})`,
    noData: 'データなし',
    gap: '—',
    small: '推移',
    toHistory: '履歴を見る',
  },

  /** Days left per certificate and ready endpoints per Service over the cluster's snapshots. */
  values: {
    certificatesTitle: '証明書の残り日数',
    certificatesCaption: (name: string) => `${name} の証明書ごとの残り日数`,
    endpointsTitle: 'ready エンドポイント数',
    endpointsCaption: (name: string) => `${name} の Service ごとの ready エンドポイント数`,
    certificate: '証明書',
    source: '何の証明書か',
    service: 'Service',
    latest: '最新',
    trend: (count: number) => `推移(直近 ${count} 件、古い順)`,
    noCertificates: 'どのスナップショットにも証明書の情報がありません。',
    noServices: 'どのスナップショットにも Service がありません。',
    endpointsLegend: '— はその時点で Service がなかったか、Service または EndpointSlice を読み取っていない(古い形式のスナップショットなど)ことを示します。0 はエンドポイントが 1 つも準備完了でないことです。',
    count: (n: number) => `${n} 個`,
  },

  snapshot: {
    title: (iso: string) => `スナップショット ${formatJst(iso)}`,
    description: (cluster: string, iso: string) => `${cluster} の ${formatJst(iso)} 時点の表と前回との比較`,
    back: '← 履歴',
    previous: '← 前のスナップショット',
    next: '次のスナップショット →',
    compareHere: 'ほかのスナップショットと比較する',
    diffTitle: '前回との比較',
    diffAgainst: (iso: string) => `前回(${formatJst(iso)})からの変化`,
    first: 'このクラスタの最初のスナップショットなので、比較する前回がありません。',
    findings: 'この時点の指摘',
    pods: 'Pod一覧',
    nodes: 'ノード',
    services: 'Service',
  },

  /** The browser-drawn view of an older snapshot (history/snapshot.astro). */
  view: {
    title: 'スナップショット',
    description: '古いスナップショットのその時点の表と前回との比較を、公開している JSON からブラウザ内で表示します。',
    loading: '読み込み中…',
    noId: 'スナップショットが指定されていません。履歴の一覧から日時を選んでください。',
    notFound: (id: string) => `スナップショット ${id} はこのサイトに公開されていません。履歴の一覧から選んでください。`,
    failed: (what: string) => `読み込めませんでした: ${what}`,
    noscript: '古いスナップショットは JavaScript で表示します。新しいスナップショットには JavaScript なしで読めるページがあります(履歴の一覧から)。',
  },

  compare: {
    title: 'スナップショットの比較',
    description: '同じクラスタの任意の 2 つのスナップショットを選んで差分を表示します。',
    intro: '比較元と比較先を選ぶと、ブラウザ内で差分を計算します(同じクラスタのものだけ選べます)。URL をそのまま共有できます。',
    from: '比較元(前)',
    to: '比較先(後)',
    loading: '読み込み中…',
    same: '同じスナップショットです。別のものを選んでください。',
    otherCluster: '別のクラスタのスナップショットとは比較できません。',
    failed: (what: string) => `読み込めませんでした: ${what}`,
    noscript: 'この比較は JavaScript で計算します。各スナップショットのページでは前回との比較を JavaScript なしで表示しています。',
    headline: (fromJst: string, toJst: string, hours: number) => `${fromJst} → ${toJst}(${hours}時間)`,
    none: '変化はありません。',
    reversed: '比較元が比較先より新しいため、時間を遡った差分になっています。',
  },
};
