import { describe, expect, it } from 'vitest';
import { unknownAlertName } from '../../src/site/alerts/unknown-alert.ts';

describe('unknownAlertName', () => {
  it.each([
    ['/runbooks/kubernetes/kubefoobar/', '/', 'kubefoobar'],
    ['/runbooks/kubernetes/kubefoobar', '/', 'kubefoobar'],
    ['/runbooks/CustomAlert', '/', 'CustomAlert'],
    ['/docs/runbooks/etcd/etcdsomething/', '/docs/', 'etcdsomething'],
    ['/docs/runbooks/etcd/etcdsomething/', '/docs', 'etcdsomething'],
  ])('%s (base %s) asks for %s', (path, base, name) => {
    expect(unknownAlertName(path, base)).toBe(name);
  });

  it.each([
    ['/etcd/nothing/', '/'],
    ['/runbooks/', '/'],
    ['/runbooks/a/b/c/', '/'],
    ['/runbooks/kubernetes/%3Cscript%3E/', '/'],
    ['/runbooks/kubernetes/%E0%A4%A/', '/'],
    ['/runbooks/kubernetes/kubefoo/', '/docs/'],
  ])('%s (base %s) is not an alert page', (path, base) => {
    expect(unknownAlertName(path, base)).toBeNull();
  });
});
