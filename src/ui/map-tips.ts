import type { Corridor } from '../analysis/corridor';
import { CHPL_TIERS } from '../analysis/products';
import { formatMonth, formatUsd, translateCount, type Locale, type Translate } from '../i18n';
import { routeKey, type CorridorRoute } from '../map/corridor-routes';
import type { WindowFlows } from '../map/month-window';
import type { MapTip, SceneTips } from '../map/scene';
import { scoreText } from './corridor-text';

/** What a tooltip may say, in the current language. */
export interface TipContext {
  t: Translate;
  locale: Locale;
  originName: string;
  /** A country's name in the current language, by ISO-3 code. */
  nameOf: (iso3: string) => string;
}

/** The window a flow sums, as text: "Jul 2024 – Jun 2025", or "Mar 2022" for one month. */
export function windowText(t: Translate, locale: Locale, flows: WindowFlows): string {
  const [start, end] = [
    formatMonth(locale, flows.firstPeriod),
    formatMonth(locale, flows.lastPeriod),
  ];
  return start === end ? start : t('legend.period', { start, end });
}

/** The tooltip of partner `i`'s flow: value, period, main product group, corridors through it. */
export function flowTip(
  ctx: TipContext,
  flows: WindowFlows,
  i: number,
  routes: readonly CorridorRoute[],
): MapTip {
  const { t, locale } = ctx;
  const partner = flows.partner[i] ?? '';
  const tier = CHPL_TIERS[flows.mainTier[i] ?? ''];
  const through = routes.filter((r) => r.via === partner);
  const lines = [
    t('tip.exports', {
      origin: ctx.originName,
      value: formatUsd(locale, flows.valueUsd[i] ?? 0),
      period: windowText(t, locale, flows),
    }),
  ];
  if (tier) lines.push(t('tip.mainTier', { tier: tier[locale] }));
  if (through.length > 0)
    lines.push(t('tip.viaScore', { score: scoreText(Math.max(...through.map((r) => r.score))) }));
  lines.push(t('tip.clickCountry'));
  return { title: ctx.nameOf(partner), lines };
}

/** The tooltip of a corridor route: its score, products and the size of its smaller leg. */
export function routeTip(ctx: TipContext, route: CorridorRoute, post: string): MapTip {
  const { t, locale } = ctx;
  return {
    title: t('corridors.route', {
      origin: ctx.nameOf(route.origin),
      via: ctx.nameOf(route.via),
      destination: ctx.nameOf(route.destination),
    }),
    lines: [
      t('tip.score', { score: scoreText(route.score) }),
      translateCount(locale, 'tip.products', route.products, { count: route.products }),
      t('tip.legValue', {
        value: formatUsd(locale, route.valueUsd),
        start: formatMonth(locale, post),
      }),
      t('tip.clickCorridor'),
    ],
  };
}

/** The map scene's tooltips in the reader's language; `post` starts the post period ('2022-03'). */
export function sceneTips(ctx: TipContext, post: string): SceneTips {
  return {
    flow: (flows, index, routes) => flowTip(ctx, flows, index, routes),
    route: (route) => routeTip(ctx, route, post),
  };
}

/** The best-scoring corridor on a route, to open when the route is clicked. */
export function bestOnRoute(corridors: readonly Corridor[], key: string): Corridor | null {
  let best: Corridor | null = null;
  for (const c of corridors) if (routeKey(c) === key && (!best || c.score > best.score)) best = c;
  return best;
}
