/** Japanese text of the offline indicator and the update prompt (src/components/offline/). */
export const offlineJa = {
  offlineLabel: 'オフライン',
  offline: 'ネットワークに接続されていません。保存済みのコピーを表示しています。',
  unreachableLabel: '接続できません',
  unreachable: 'サイトのサーバーに接続できません。保存済みのコピーを表示しています。',
  builtAt: (jst: string, relative: string) => `サイトのビルド: ${jst}(${relative})`,
  capturedAt: (jst: string, relative: string) => `最新スナップショット: ${jst}(${relative})`,
  noSnapshot: '最新スナップショット: なし',
  updateLabel: '更新',
  update: '新しい版があります。',
  reload: '再読み込みして新しい版を表示',
};
