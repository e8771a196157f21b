import { describe, expect, it } from 'vitest';
import { LAST_APPLIED, REDACTED, redactArgs, redactText, withoutLastApplied } from '../../src/snapshot/redact.ts';
import { MAX_TEXT_LENGTH } from '../../src/snapshot/redact/limits.ts';

const R = REDACTED;

describe('redactArgs: flag values shown only for known-safe flags', () => {
  it.each([
    ['--flag=value form', ['--db-password=hunter2'], ['--db-password=' + R]],
    ['--flag value form', ['--token', 'abc.def'], ['--token', R]],
    ['single dash', ['-password', 'x1'], ['-password', R]],
    ['a short flag: -p X', ['mysql', '-p', 'hunter2'], ['mysql', '-p', R]],
    ['--db-pass=', ['--db-pass=hunter2'], [`--db-pass=${R}`]],
    ['--auth=u:p', ['--auth=admin:hunter2'], [`--auth=${R}`]],
    ['--set=auth.password=', ['--set=auth.password=hunter2'], [`--set=${R}`]],
    ['--password:X', ['--password:hunter2'], [`--password:${R}`]],
    ['an unknown flag, whatever its name', ['--frobnicate=hunter2', '--x', 'y'], [`--frobnicate=${R}`, '--x', R]],
    ['secret in the name', ['--client-secret=s3', '--oidc-client-secret', 's4'], [`--client-secret=${R}`, '--oidc-client-secret', R]],
    ['api key and credentials', ['--api-key=k', '--credentials=c'], [`--api-key=${R}`, `--credentials=${R}`]],
    ['passwd', ['--db-passwd=hunter2', '--passwd', 'x2'], [`--db-passwd=${R}`, '--passwd', R]],
    ['private key, any separator', ['--tls-private-key=k1', '--private_key', 'k2', '--privatekey=k3'], [`--tls-private-key=${R}`, '--private_key', R, `--privatekey=${R}`]],
    ['api key, any separator', ['--api_key=k1', '--apikey', 'k2'], [`--api_key=${R}`, '--apikey', R]],
    ['name in capitals', ['--DB-PASSWORD=x', '--Secret', 'y'], [`--DB-PASSWORD=${R}`, '--Secret', R]],
    ['quoted value', ['--password="a b"'], [`--password=${R}`]],
    ['kept: a path given to a *-file flag', ['--service-account-private-key-file=/etc/kubernetes/pki/sa.key'], ['--service-account-private-key-file=/etc/kubernetes/pki/sa.key']],
    ['kept: booleans', ['--use-service-account-credentials=true', '--enable-bootstrap-token-auth=true'], ['--use-service-account-credentials=true', '--enable-bootstrap-token-auth=true']],
    ['kept: allow-listed flags', ['--kubeconfig=/etc/kubernetes/controller-manager.conf', '--cluster-cidr', '10.244.0.0/16', '-conf', '/etc/coredns/Corefile'], ['--kubeconfig=/etc/kubernetes/controller-manager.conf', '--cluster-cidr', '10.244.0.0/16', '-conf', '/etc/coredns/Corefile']],
    ['an allow-listed flag still loses URL userinfo', ['--etcd-servers=https://root:pw@127.0.0.1:2379'], [`--etcd-servers=https://${R}@127.0.0.1:2379`]],
    ['kept: a flag followed by another flag', ['--token', '--verbose'], ['--token', '--verbose']],
    ['kept: a flag at the end', ['--token'], ['--token']],
    ['shell line: curl -u', ['sh', '-c', 'curl -u admin:hunter2 https://h'], ['sh', '-c', `curl -u ${R} https://h`]],
    ['shell line: Authorization: Bearer', ['sh', '-c', 'curl -H "Authorization: Bearer abc" https://h'], ['sh', '-c', `curl -H ${R} ${R} ${R} https://h`]],
    ['shell line: --token x', ['sh', '-c', 'exec app --token abc --port 80'], ['sh', '-c', `exec app --token ${R} --port 80`]],
    ['shell line: env assignment', ['sh', '-c', 'DB_PASSWORD=x ./run'], ['sh', '-c', `DB_PASSWORD=${R} ./run`]],
    ['empty', [], []],
  ])('%s', (_case, args, expected) => {
    expect(redactArgs(args)).toEqual(expected);
  });
});

describe('redactText: free text (events, conditions, statuses)', () => {
  it.each([
    ['password X', 'login failed: password hunter2 rejected', `login failed: password ${R} rejected`],
    ['password is X', 'the password is hunter2', `the password is ${R}`],
    ['password: X and password=X', 'password: a, password=b', `password: ${R} password=${R}`],
    ['Authorization: Bearer', 'sent Authorization: Bearer abc.def', `sent Authorization: ${R} ${R}`],
    ['?access_token=', 'GET https://h/api?access_token=abc&limit=5', `GET https://h/api?access_token=${R}&limit=5`],
    ['env file: PRIVATE_KEY and DB_PASSWD', 'PRIVATE_KEY=abc123\nDB_PASSWD=hunter2\nPORT=80\n', `PRIVATE_KEY=${R}\nDB_PASSWD=${R}\nPORT=80\n`],
    ['URL userinfo', 'forward . https://u:p@dns.example', `forward . https://${R}@dns.example`],
    ['a JWT', 'token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln rejected', `token ${R} rejected`],
    ['a bare JWT', 'got eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln', `got ${R}`],
    ['a GitHub token', 'push with ghp_abcdefghijklmnop1234', `push with ${R}`],
    ['flags', 'exec app --token=abc --password xyz', `exec app --token=${R} --password ${R}`],
    ['JSON key', '{"token": "abc", "name": "x"}', `{"token": ${R} "name": "x"}`],
    ['kept: the kubelet\'s missing Secret', 'MountVolume.SetUp failed for volume "certs" : secret "etcd-certs" not found', 'MountVolume.SetUp failed for volume "certs" : secret "etcd-certs" not found'],
    ['kept: the sealed-secrets controller\'s key name', 'no key could decrypt secret (POSTGRES_PASSWORD)', 'no key could decrypt secret (POSTGRES_PASSWORD)'],
    ['masked: a phrase shaped like it', 'no key could decrypt secret (password hunter2)', `no key could decrypt secret ${R} ${R}`],
    ['kept: plain text', 'Back-off restarting failed container coredns in pod coredns-5d78c9869d-abcde', 'Back-off restarting failed container coredns in pod coredns-5d78c9869d-abcde'],
    ['kept: a server URL', 'dial tcp https://192.168.1.100:6443/healthz: connection refused', 'dial tcp https://192.168.1.100:6443/healthz: connection refused'],
  ])('%s', (_case, text, expected) => {
    expect(redactText(text)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = redactText('--token=a password: b https://u:p@h');
    expect(redactText(once)).toBe(once);
  });

  it('cuts text longer than the limit and says how much was cut', () => {
    const text = `${'a '.repeat(MAX_TEXT_LENGTH)}password hunter2`;
    const out = redactText(text);
    expect(out).not.toContain('hunter2');
    expect(out.endsWith(`… [${text.length - MAX_TEXT_LENGTH} characters cut]`)).toBe(true);
  });
});

describe('bounded, linear redaction of hostile input', () => {
  const size = 200 * 1024;
  it.each([
    ['letters', 'a'.repeat(size)],
    ['key=value chains', 'a='.repeat(size / 2)],
    ['colons', ':'.repeat(size)],
    ['a URL', `https://${'u'.repeat(size)}@h?${'x=1&'.repeat(size / 4)}`],
    ['flags', '--x '.repeat(size / 4)],
    ['quotes and dashes', `"-${'-'.repeat(size)}`],
  ])('200 KB of %s comes back cut and redacted', (_case, text) => {
    expect(redactText(text).length).toBeLessThan(MAX_TEXT_LENGTH + 64);
    const args = redactArgs([text, text]);
    expect(args).toHaveLength(2);
    expect(args.every((arg) => arg.length < MAX_TEXT_LENGTH + 64)).toBe(true);
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
