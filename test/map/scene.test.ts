import { describe, expect, it } from 'vitest';
import { translator, type Locale } from '../../src/i18n';
import { isAnimated } from '../../src/map/animation';
import type { CorridorRoute } from '../../src/map/corridor-routes';
import type { WindowFlows } from '../../src/map/month-window';
import { buildScene, type MapPick, type Scene, type SceneInput } from '../../src/map/scene';
import { MAP_PALETTES } from '../../src/map/theme';
import { sceneTips } from '../../src/ui/map-tips';

const NAMES: Record<string, { en: string; 'zh-TW': string }> = {
  TWN: { en: 'Taiwan', 'zh-TW': '臺灣' },
  KGZ: { en: 'Kyrgyzstan', 'zh-TW': '吉爾吉斯' },
  ARM: { en: 'Armenia', 'zh-TW': '亞美尼亞' },
  RUS: { en: 'Russia', 'zh-TW': '俄羅斯' },
};

const FLOWS: WindowFlows = {
  count: 3,
  partner: ['KGZ', 'ARM', 'RUS'],
  nameEn: ['Kyrgyzstan', 'Armenia', 'Russia'],
  nameZh: ['吉爾吉斯', '亞美尼亞', '俄羅斯'],
  valueUsd: Float64Array.of(4e6, 1e6, 2.5e5),
  originPosition: Float64Array.of(120.8, 23.5),
  partnerPosition: Float64Array.of(74.6, 41.2, 44.5, 40.2, 37.6, 55.8),
  firstPeriod: '2024-07-01',
  lastPeriod: '2025-06-01',
  mainTier: ['1', '3.A', ''],
};

const route = (via: string, score: number): CorridorRoute => ({
  key: `TWN>${via}>RUS`,
  origin: 'TWN',
  via,
  destination: 'RUS',
  score,
  valueUsd: 1.2e6,
  products: 2,
  partial: false,
  annual: false,
});
const ROUTES = [route('KGZ', 0.91), route('ARM', 0.6)];

function sceneInput(locale: Locale = 'en', change: Partial<SceneInput> = {}): SceneInput {
  const t = translator(locale);
  const nameOf = (iso3: string) => NAMES[iso3]?.[locale] ?? iso3;
  return {
    flows: FLOWS,
    routes: ROUTES,
    anchors: new Map([
      ['TWN', [120.8, 23.5]],
      ['KGZ', [74.6, 41.2]],
      ['ARM', [44.5, 40.2]],
      ['RUS', [37.6, 55.8]],
    ]),
    selectedRoute: null,
    via: null,
    routeWindow: null,
    selectedLabels: null,
    colorBy: 'tier',
    palette: MAP_PALETTES.dark,
    labelOf: (i) => FLOWS.nameEn[i] ?? '',
    originLabel: 'Taiwan',
    zoom: 2,
    labelScale: 1,
    frame: null,
    tips: sceneTips({ t, locale, originName: nameOf('TWN'), nameOf }, '2022-03'),
    ...change,
  };
}

const pickOn = (layer: string, index: number, object: unknown = null): MapPick => ({
  layer,
  index,
  object,
});

/** The item a pick of the layer `id` at `index` would carry (for lists of objects). */
function itemOf(scene: Scene, id: string, index: number): unknown {
  const data = scene.layers.find((layer) => layer.id === id)?.props.data;
  return Array.isArray(data) ? data[index] : null;
}

describe("the scene's targets", () => {
  const scene = buildScene(sceneInput());

  it("are a partner's flow, for its arc and for its dot", () => {
    expect(scene.targetOf(pickOn('partner-flows', 1))).toEqual({
      kind: 'flow',
      index: 1,
      partner: 'ARM',
    });
    expect(scene.targetOf(pickOn('partner-points', 2))).toEqual({
      kind: 'flow',
      index: 2,
      partner: 'RUS',
    });
  });

  it('are the route of a corridor leg, either leg', () => {
    const legs = scene.layers.find((layer) => layer.id === 'corridors');
    const items = legs?.props.data as { route: CorridorRoute }[];
    expect(items).toHaveLength(4);
    for (const [index, item] of items.entries())
      expect(scene.targetOf(pickOn('corridors', index, item))).toEqual({
        kind: 'route',
        route: ROUTES.find((r) => r.key === item.route.key),
      });
  });

  it('are nothing for a layer the reader cannot act on, or data no longer drawn', () => {
    expect(scene.targetOf(pickOn('labels', 0))).toBeNull();
    expect(scene.targetOf(pickOn('partner-flows-particles', 0))).toBeNull();
    expect(scene.targetOf(pickOn('partner-flows', 3))).toBeNull();
    expect(scene.targetOf(pickOn('corridors', 0, { route: route('GEO', 0.7) }))).toBeNull();
    expect(scene.targetOf(pickOn('corridors', 0, null))).toBeNull();
    const empty = buildScene(sceneInput('en', { flows: null }));
    expect(empty.targetOf(pickOn('partner-flows', 0))).toBeNull();
  });

  it('cover every layer the scene makes pickable', () => {
    const pickable = scene.layers.filter((layer) => layer.props.pickable);
    expect(pickable.map((layer) => layer.id).sort()).toEqual([
      'corridors',
      'partner-flows',
      'partner-points',
    ]);
    for (const layer of pickable)
      expect(scene.targetOf(pickOn(layer.id, 0, itemOf(scene, layer.id, 0)))).not.toBeNull();
  });
});

describe("the scene's tooltips", () => {
  it("describe a partner's flow: its value, period, main tier and the corridors through it", () => {
    const scene = buildScene(sceneInput());
    const tip = scene.tipOf({ kind: 'flow', index: 0, partner: 'KGZ' });
    expect(tip?.title).toBe('Kyrgyzstan');
    expect(tip?.lines[0]).toMatch(/^Taiwan exports: .+ \(Jul 2024 – Jun 2025\)$/);
    expect(tip?.lines).toContain('Flagged corridor through it: score 0.91');
    expect(tip?.lines.at(-1)).toBe('Click to show only the corridors through it');
  });

  it('describe a route: its countries, score, products and where its months start', () => {
    const scene = buildScene(sceneInput());
    const tip = scene.tipOf({ kind: 'route', route: ROUTES[1] as CorridorRoute });
    expect(tip?.title).toBe('Taiwan → Armenia → Russia');
    expect(tip?.lines).toContain('Anomaly score 0.60');
    expect(tip?.lines).toContain('2 products flagged on this route');
    expect(tip?.lines.at(-1)).toBe('Click to open the corridor');
  });

  it('read in Traditional Chinese', () => {
    const scene = buildScene(sceneInput('zh-TW'));
    expect(scene.tipOf({ kind: 'flow', index: 1, partner: 'ARM' })?.title).toBe('亞美尼亞');
    expect(scene.tipOf({ kind: 'route', route: ROUTES[0] as CorridorRoute })?.title).toBe(
      '臺灣 → 吉爾吉斯 → 俄羅斯',
    );
  });

  it('say nothing of a flow target from other flows, rather than name the wrong partner', () => {
    const scene = buildScene(sceneInput());
    expect(scene.tipOf({ kind: 'flow', index: 0, partner: 'ARM' })).toBeNull();
    expect(scene.tipOf({ kind: 'flow', index: 7, partner: 'GEO' })).toBeNull();
  });

  it('follow the pick: a pick on a dot reads as its flow', () => {
    const scene = buildScene(sceneInput());
    const target = scene.targetOf(pickOn('partner-points', 2));
    expect(target && scene.tipOf(target)?.title).toBe('Russia');
  });
});

describe("the scene's animated layers", () => {
  it('are the particles of flows and corridors and the pulses', () => {
    const { layers } = buildScene(sceneInput());
    expect(layers.filter(isAnimated).map((layer) => layer.id)).toEqual([
      'partner-flows-particles',
      'corridor-particles',
      'corridor-pulses',
    ]);
  });
});
