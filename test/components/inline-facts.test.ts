import { describe, expect, it } from 'vitest';
import KubeProxyMode from '../../src/components/KubeProxyMode.astro';
import LiveValue from '../../src/components/LiveValue.astro';
import { buildConfigMap, buildService, seedSnapshot } from '../support/snapshot-builder.ts';
import { liveOf, markupOf, render, textOf } from './render.ts';

const NOW = '2026-11-25T09:30:00Z';

describe('KubeProxyMode', () => {
  it('renders a script-bearing mode as text', async () => {
    const configMaps = [buildConfigMap({ name: 'kube-proxy', keys: ['config.conf'], data: { 'config.conf': 'mode: "<script>alert(1)</script>"\n' } })];
    const html = await render(KubeProxyMode, { live: liveOf([seedSnapshot({ configMaps })], NOW) });
    expect(markupOf(html)).not.toContain('<script>alert(1)</script>');
    expect(textOf(html)).toContain('モード <script>alert(1)</script>');
  });
});

describe('LiveValue', () => {
  it('renders a script-bearing value as text', async () => {
    const services = [buildService({ name: 'kube-dns', clusterIP: '<script>alert(1)</script>' })];
    const html = await render(LiveValue, { live: liveOf([seedSnapshot({ services })], NOW), name: 'kubeDnsIP' });
    expect(markupOf(html)).not.toContain('<script>alert(1)</script>');
    expect(textOf(html)).toBe('<script>alert(1)</script>');
  });
});
