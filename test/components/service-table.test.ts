import { describe, expect, it } from 'vitest';
import ServiceTable from '../../src/components/ServiceTable.astro';
import { buildService, seedSnapshot } from '../support/snapshot-builder.ts';
import { bodyRows, headerCells, liveOf, markupOf, render } from './render.ts';

const NOW = '2026-11-25T09:30:00Z';
const withServices = (...services: ReturnType<typeof buildService>[]) => liveOf([seedSnapshot({ services })], NOW);

describe('ServiceTable', () => {
  it('has the columns name, type, ClusterIP, ports, in that order, and lists every Service without a filter', async () => {
    const html = await render(ServiceTable, { live: liveOf([seedSnapshot()], NOW) });
    expect(headerCells(html)).toEqual(['名前', 'タイプ', 'ClusterIP', 'ポート']);
    expect(bodyRows(html).map((row) => row[0])).toEqual(['kube-dns', 'sealed-secrets-controller', 'sealed-secrets-controller-metrics']);
  });

  it('writes ports as the seed does (NodePort, named and remapped targets) and a headless Service\'s ClusterIP as なし', async () => {
    const services = [
      buildService({ name: 'headless', type: 'ClusterIP', clusterIP: null, ports: ['5432/TCP'] }),
      buildService({
        name: 'web',
        type: 'NodePort',
        ports: [
          { name: 'https', port: 443, protocol: 'TCP', targetPort: '6443', nodePort: 30443 },
          { name: 'metrics', port: 8080, protocol: 'TCP', targetPort: 'metrics', nodePort: null },
        ],
      }),
    ];
    expect(bodyRows(await render(ServiceTable, { live: withServices(...services), names: ['web', 'headless'] }))).toEqual([
      ['headless', 'ClusterIP', 'なし', '5432/TCP'],
      ['web', 'NodePort', '10.96.0.100', '443:30443/TCP → 6443 (https) 8080/TCP (metrics)'],
    ]);
  });

  it('renders a script-bearing name and type as text', async () => {
    const html = await render(ServiceTable, { live: withServices(buildService({ name: '<i>s</i>', type: '<script>alert(1)</script>' })) });
    expect(markupOf(html)).not.toContain('<script>alert(1)</script>');
    expect(markupOf(html)).not.toContain('<i>s</i>');
    expect(bodyRows(html)).toEqual([['<i>s</i>', '<script>alert(1)</script>', '10.96.0.100', '80/TCP']]);
  });
});
