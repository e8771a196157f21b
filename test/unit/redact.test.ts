import { describe, expect, it } from 'vitest';
import { LAST_APPLIED, REDACTED, redactArgs, redactText, withoutLastApplied } from '../../src/snapshot/redact.ts';

const R = REDACTED;

describe('redactArgs', () => {
  it.each([
    ['--flag=value form', ['--db-password=hunter2'], ['--db-password=' + R]],
    ['--flag value form', ['--token', 'abc.def'], ['--token', R]],
    ['single dash', ['-password', 'x1'], ['-password', R]],
    ['secret in the name', ['--client-secret=s3', '--oidc-client-secret', 's4'], [`--client-secret=${R}`, '--oidc-client-secret', R]],
    ['api key and credentials', ['--api-key=k', '--credentials=c'], [`--api-key=${R}`, `--credentials=${R}`]],
    ['passwd', ['--db-passwd=hunter2', '--passwd', 'x2'], [`--db-passwd=${R}`, '--passwd', R]],
    ['private key, any separator', ['--tls-private-key=k1', '--private_key', 'k2', '--privatekey=k3'], [`--tls-private-key=${R}`, '--private_key', R, `--privatekey=${R}`]],
    ['api key, any separator', ['--api_key=k1', '--apikey', 'k2'], [`--api_key=${R}`, '--apikey', R]],
    ['name in capitals', ['--DB-PASSWORD=x', '--Secret', 'y'], [`--DB-PASSWORD=${R}`, '--Secret', R]],
    ['quoted value', ['--password="a b"'], [`--password=${R}`]],
    ['kept: a path given to a *-file flag', ['--service-account-private-key-file=/etc/kubernetes/pki/sa.key'], ['--service-account-private-key-file=/etc/kubernetes/pki/sa.key']],
    ['kept: booleans', ['--use-service-account-credentials=true', '--enable-bootstrap-token-auth=true'], ['--use-service-account-credentials=true', '--enable-bootstrap-token-auth=true']],
    ['kept: flags that name no secret', ['--kubeconfig=/etc/kubernetes/controller-manager.conf', '--leader-elect=true'], ['--kubeconfig=/etc/kubernetes/controller-manager.conf', '--leader-elect=true']],
    ['kept: a secret flag followed by another flag', ['--token', '--verbose'], ['--token', '--verbose']],
    ['kept: a secret flag at the end', ['--token'], ['--token']],
    ['URL with userinfo', ['--db-url=postgres://admin:pw@db:5432/app'], [`--db-url=postgres://${R}@db:5432/app`]],
    ['inside a shell line', ['sh', '-c', 'exec app --token abc --port 80'], ['sh', '-c', `exec app --token ${R} --port 80`]],
    ['env assignment in a shell line', ['sh', '-c', 'DB_PASSWORD=x ./run'], ['sh', '-c', `DB_PASSWORD=${R} ./run`]],
    ['empty', [], []],
  ])('%s', (_case, args, expected) => {
    expect(redactArgs(args)).toEqual(expected);
  });
});

describe('redactText', () => {
  it.each([
    ['YAML key', 'auth:\n  password: hunter2\n  user: me\n', `auth:\n  password: ${R}\n  user: me\n`],
    ['JSON key', '{"token": "abc", "name": "x"}', `{"token": ${R}, "name": "x"}`],
    ['kubeadm v1beta4 extraArgs', 'extraArgs:\n- name: oidc-client-secret\n  value: s3cr3t\n- name: v\n  value: "2"\n', `extraArgs:\n- name: oidc-client-secret\n  value: ${R}\n- name: v\n  value: "2"\n`],
    ['value before name', '{"value": "s3", "name": "DB_PASSWORD"}', `{"value": ${R}, "name": "DB_PASSWORD"}`],
    ['flag in a comment', '# kubelet --token=abc\nport: 1\n', `# kubelet --token=${R}\nport: 1\n`],
    ['env file: PRIVATE_KEY and DB_PASSWD', 'PRIVATE_KEY=abc123\nDB_PASSWD=hunter2\nPORT=80\n', `PRIVATE_KEY=${R}\nDB_PASSWD=${R}\nPORT=80\n`],
    ['YAML privateKey and apiKey', 'privateKey: k1\napiKey: k2\nuser: me\n', `privateKey: ${R}\napiKey: ${R}\nuser: me\n`],
    ['URL userinfo', 'forward . https://u:p@dns.example', `forward . https://${R}@dns.example`],
    ['kept: a nested map under a secret-looking key', 'tokens:\n  ttl: 24h\n', 'tokens:\n  ttl: 24h\n'],
    ['kept: a Corefile', '.:53 {\n    forward . /etc/resolv.conf\n}\n', '.:53 {\n    forward . /etc/resolv.conf\n}\n'],
    ['kept: a server URL', 'server: https://192.168.1.100:6443', 'server: https://192.168.1.100:6443'],
  ])('%s', (_case, text, expected) => {
    expect(redactText(text)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = redactText('--token=a password: b https://u:p@h');
    expect(redactText(once)).toBe(once);
  });
});

describe('withoutLastApplied', () => {
  it('drops the annotation and keeps the others', () => {
    const metadata = { name: 'x', annotations: { [LAST_APPLIED]: '{"data":{"k":"v"}}', keep: 'me' } };
    expect(withoutLastApplied(metadata)).toEqual({ name: 'x', annotations: { keep: 'me' } });
    expect(metadata.annotations[LAST_APPLIED]).toBeDefined();
  });

  it('returns metadata without the annotation as it is', () => {
    const metadata = { name: 'x' };
    expect(withoutLastApplied(metadata)).toBe(metadata);
  });
});
