import { describe, expect, it } from 'vitest';
import { unknownAlertName } from '../../src/site/alerts/unknown-alert.ts';

describe('unknownAlertName', () => {
  it.each([
    ['/runbooks/kubernetes/kubefoobar/', '/', 'kubefoobar'],
    ['/runbooks/kubernetes/kubefoobar', '/', 'kubefoobar'],
    ['/runbooks/CustomAlert', '/', 'CustomAlert'],
    ['/docs/runbooks/etcd/etcdsomething/', '/docs/', 'etcdsomething'],
    ['/docs/runbooks/etcd/etcdsomething/', '/docs', 'etcdsomething'],
    [`/runbooks/kubernetes/_${'A'.repeat(199)}/`, '/', `_${'A'.repeat(199)}`],
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
    ['/runbooks/kubernetes/%3Cb%3EKubeFoo/', '/'],
    ['/runbooks/kubernetes/KubeFoo%3Cscript%3E/', '/'],
    ['/runbooks/kubernetes/9KubeFoo/', '/'],
    [`/runbooks/kubernetes/${'A'.repeat(201)}/`, '/'],
  ])('%s (base %s) is not an alert page', (path, base) => {
    expect(unknownAlertName(path, base)).toBeNull();
  });
});
