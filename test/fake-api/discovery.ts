import { RESOURCES, apiVersionOf } from './resources.ts';

/** Legacy discovery documents (/api, /apis, /api/v1, /apis/g/v), enough for kubectl to find the resources. */
export function discovery(path: string, sealedSecretsCrd: boolean): object | null {
  const known = RESOURCES.filter((r) => sealedSecretsCrd || r.plural !== 'sealedsecrets');
  const groups = [...new Set(known.filter((r) => r.group).map((r) => apiVersionOf(r)))];
  if (path === '/api') {
    return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:6443' }] };
  }
  if (path === '/apis') {
    return {
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: groups.map((gv) => {
        const [name, version] = gv.split('/') as [string, string];
        const v = { groupVersion: gv, version };
        return { name, versions: [v], preferredVersion: v };
      }),
    };
  }
  const groupVersion = path === '/api/v1' ? 'v1' : path.startsWith('/apis/') ? path.slice('/apis/'.length) : null;
  if (groupVersion === null || (groupVersion !== 'v1' && !groups.includes(groupVersion))) return null;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion,
    resources: known
      .filter((r) => apiVersionOf(r) === groupVersion)
      .map((r) => ({
        name: r.plural,
        singularName: r.kind.toLowerCase(),
        namespaced: r.namespaced,
        kind: r.kind,
        verbs: ['get', 'list'],
      })),
  };
}
