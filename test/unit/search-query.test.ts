import { describe, expect, it } from 'vitest';
import { editDistance, normalizeQuery, queryTerms } from '../../src/components/search/query.ts';

describe('normalizeQuery', () => {
  it.each([
    ['full-width letters and hyphen to ASCII', 'ｋｕｂｅ－ｐｒｏｘｙ ログ', 'kube-proxy ログ'],
    ['full-width digits and slash', 'ＲＥＡＤＹ ０／１', 'READY 0/1'],
    ['particles between words', 'Pod が Pending のまま', 'Pod Pending'],
    ['particles without spaces', 'コントロールプレーンのノード名', 'コントロールプレーン ノード名'],
    ['okurigana stays with its kanji', 'DNS が引けない', 'DNS 引けない'],
    ['a particle glued to a verb', 'サービスにつながらない', 'サービス つながらない'],
    ['が before できない', 'SealedSecret から Secret ができない', 'SealedSecret Secret できない'],
    ['a "become" ending', 'ノードが NotReady になった', 'ノード NotReady'],
    ['a verb starting like a particle stays whole', 'Pod できない', 'Pod できない'],
    ['one spelling of 繋がる', 'Service に繋がらない', 'Service つながらない'],
    ['a mistyped component name', 'cordns ログ', 'coredns ログ'],
    ['one edit in a long name', 'kube-schedular', 'kube-scheduler'],
    ['two edits in a long name', 'kube-shedulr', 'kube-scheduler'],
    ['a swap of two letters', 'kuebctl logs', 'kubectl logs'],
    ['a tie goes to the first name listed', 'sealed secrest', 'sealed secret'],
    ['short words are never corrected', 'etc ログ', 'etc ログ'],
    ['a real word near a name stays', 'Secret Service', 'Secret Service'],
    ['a word far from every name stays', 'prometheus', 'prometheus'],
    ['a katakana reading of a state, spaced', 'ノット レディ', 'NotReady'],
    ['a katakana reading of a component', 'キューブレット ログ', 'kubelet ログ'],
    ['a katakana name of two words', 'シールドシークレット 鍵 バックアップ', 'Sealed Secrets 鍵 バックアップ'],
    ['a katakana reading of a word written in kanji', 'サーティフィケート 期限', '証明書 期限'],
    ['ペンディング as kubectl shows it', 'スケジューラ ペンディング', 'スケジューラ Pending'],
  ])('%s: %s -> %s', (_name, query, expected) => {
    expect(normalizeQuery(query)).toBe(expected);
  });
});

describe('queryTerms', () => {
  it.each([
    ['a sentence without spaces', 'ディスクがいっぱい', ['ディスク', 'いっぱい']],
    ['a Latin word stays whole', 'kube-proxy の ログ', ['kube-proxy', 'ログ']],
    ['a Latin word glued to Japanese', 'Podが退避された', ['Pod', '退避']],
    ['each word once', 'ログ ログ', ['ログ']],
  ])('%s: %s -> %j', (_name, query, expected) => {
    expect(queryTerms(query)).toEqual(expected);
  });
});

describe('editDistance', () => {
  it.each([
    ['coredns', 'coredns', 0],
    ['cordns', 'coredns', 1],
    ['secrest', 'secrets', 1],
    ['kube-schedular', 'kube-scheduler', 1],
    ['kube-sheduler', 'kube-scheduler', 1],
    ['cordsn', 'coredns', 2],
    ['kubelet', 'kubectl', 3],
    ['abc', 'kube-controller-manager', 3],
  ])('%s ~ %s = %i (capped at max + 1)', (a, b, distance) => {
    expect(editDistance(a, b, 2)).toBe(distance);
  });
});
