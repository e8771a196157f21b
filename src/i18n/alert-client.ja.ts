/** The text the alert pages' browser scripts show (kept apart so they bundle only this, not every alert's text). */
export const alertLabelsJa = {
  heading: 'アラートのラベルが指すもの',
  intro: 'リンクのラベルを、最新のスナップショットの中の対象と照らし合わせました。',
  captured: (at: string) => `(スナップショット取得: ${at})`,
  otherNamespace: (namespace: string, recorded: string) =>
    `namespace=${namespace}: このサイトは ${recorded} だけを記録しているため、この namespace の状態は不明です。`,
  pod: (p: { name: string; node: string | null; status: string; ready: string; restarts: number }) =>
    `Pod ${p.name}: ステータス ${p.status}、READY ${p.ready}、再起動 ${p.restarts} 回、ノード ${p.node ?? '未割り当て'}`,
  workload: (w: { kind: string; name: string; desired: number | null; ready: number }) =>
    `${w.kind} ${w.name}: 準備完了 ${w.ready}${w.desired === null ? '' : ` / 指定 ${w.desired}`}`,
  node: (n: { name: string; ready: boolean; pressures: string[] }) =>
    `ノード ${n.name}: ${n.ready ? 'Ready' : 'NotReady'}${n.pressures.length ? `、${n.pressures.join('・')}` : ''}`,
  missing: (kind: string, name: string) =>
    `${kind} ${name}: スナップショットにありません(取得後に作られたか、名前が変わった可能性があります。今の状態は不明です)。`,
} as const;

/** The 404 page's block for an alert the site has no page for. */
export const unknownAlertJa = {
  title: 'このアラートのページはありません',
  body: (name: string) => `アラート「${name}」はこのサイトのアラート一覧にありません。サイト内を検索するか、アラート別ランブックの一覧から探してください。`,
  search: (name: string) => `「${name}」でサイト内を検索`,
  index: 'アラート別ランブックの一覧',
} as const;
