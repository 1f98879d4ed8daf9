import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { scaleSqrt } from 'd3-scale';
import type { FeatureCollection, Geometry } from 'geojson';
import { useEffect, useId, useMemo, useState, type CSSProperties } from 'react';
import { MAP_PALETTES, scoreColor, toCss } from '../../map/theme';
import { useI18n } from '../i18n-context';
import { scoreBand, type MapRoute, type ScoreBand, type TextAlternative } from './report-model';

/** The map's drawing size (SVG user units); CSS scales it to the page's width. */
const WIDTH = 800;
const HEIGHT = 440;
const MARGIN = 36;
/** Font sizes of the place names and of the routes' ranks (drawing px), as the labels are placed. */
const NAME_PX = 13;
const RANK_PX = 14;
/** The same sizes, given to report.css as variables. */
const LABEL_SIZES = {
  '--tr-map-name-size': `${NAME_PX}px`,
  '--tr-map-rank-size': `${RANK_PX}px`,
} as CSSProperties;

/** Line widths (px at drawing size) of the smallest and the largest route. */
const STROKE_RANGE: [number, number] = [1.5, 11];

/** The print palette: dark lines on a light atlas, whatever the app's theme. */
const PALETTE = MAP_PALETTES.light;

/** The dash pattern of each score band: the cue that does not rely on colour. */
export const BAND_DASH: Record<ScoreBand, string | undefined> = {
  high: undefined,
  mid: '14 6',
  low: '4 5',
};

/** The colour of a score on the printed map. */
export const scoreCss = (score: number) => toCss(scoreColor(score, PALETTE.score));

/** The basemap's GeoJSON: countries with their ISO-3 code. */
export type Countries = FeatureCollection<Geometry, { iso3?: string }>;

type Basemap =
  { status: 'loading' } | { status: 'ready'; countries: Countries } | { status: 'failed' };

/** Fetches the basemap's country polygons once per URL. */
function useCountries(url: string): Basemap {
  const [state, setState] = useState<{ url: string; basemap: Basemap }>({
    url,
    basemap: { status: 'loading' },
  });
  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.json() as Promise<Countries>;
      })
      .then((countries) => setState({ url, basemap: { status: 'ready', countries } }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        console.warn('report basemap', error);
        setState({ url, basemap: { status: 'failed' } });
      });
    return () => controller.abort();
  }, [url]);
  return state.url === url ? state.basemap : { status: 'loading' };
}

type Point = [number, number];

const round = (x: number) => Math.round(x * 10) / 10;

/** A leg as a gentle arc: a quadratic curve bending left of its direction, in drawing units. */
function arc(from: Point, to: Point): { d: string; at: (t: number) => Point } {
  const [x0, y0] = from;
  const [x1, y1] = to;
  const bend = 0.18;
  const [cx, cy] = [
    round((x0 + x1) / 2 - (y1 - y0) * bend),
    round((y0 + y1) / 2 + (x1 - x0) * bend),
  ];
  const at = (t: number): Point => {
    const [a, b, c] = [(1 - t) ** 2, 2 * t * (1 - t), t ** 2];
    return [round(a * x0 + b * cx + c * x1), round(a * y0 + b * cy + c * y1)];
  };
  return { d: `M${x0},${y0}Q${cx},${cy} ${x1},${y1}`, at };
}

/** A text's box: left, top, right, bottom. */
type Box = [number, number, number, number];

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** The rough width of a label at 13–14px: Chinese characters are square, Latin ones narrow. */
const textWidth = (text: string) =>
  [...text].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 14 : 8), 4);

/** Where a label goes: its anchor point and text alignment. */
interface Placed {
  at: Point;
  anchor: 'start' | 'middle' | 'end';
}

/** The first candidate whose box clears every box taken so far (else the first); takes it. */
function place(taken: Box[], text: string, candidates: readonly Placed[], height: number): Placed {
  const width = textWidth(text);
  const boxOf = ({ at: [x, y], anchor }: Placed): Box => {
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    return [left, y - height * 0.8, left + width, y + height * 0.25];
  };
  const inside = (b: Box) => b[0] >= 0 && b[2] <= WIDTH && b[1] >= 0 && b[3] <= HEIGHT;
  const chosen = candidates.find(
    (c) => inside(boxOf(c)) && !taken.some((b) => overlaps(b, boxOf(c))),
  ) ??
    candidates.find((c) => inside(boxOf(c))) ??
    candidates[0] ?? { at: [0, 0], anchor: 'start' };
  taken.push(boxOf(chosen));
  return chosen;
}

interface DrawnRoute {
  route: MapRoute;
  d: string;
  label: Placed;
  width: number;
}

interface DrawnPlace {
  code: string;
  at: Point;
  name: string;
  role: 'origin' | 'via' | 'destination';
  label: Placed;
}

/** Where a route's rank label may go along its second leg, nearest the middle first. */
const RANK_POSITIONS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];

/**
 * Projects the routes and fits the projection to them (the whole world when there are none);
 * places country names, then rank labels, so that no two overlap where it can be helped.
 */
function layout(routes: readonly MapRoute[], locale: 'en' | 'zh-TW') {
  const anchors = routes.flatMap((r) => [
    r.positions.origin,
    r.positions.via,
    r.positions.destination,
  ]);
  const lons = anchors.map(([lon]) => lon);
  const centre = lons.length === 0 ? 0 : (Math.min(...lons) + Math.max(...lons)) / 2;
  const projection = geoEqualEarth().rotate([-centre, 0]);
  const extent: [Point, Point] = [
    [MARGIN, MARGIN],
    [WIDTH - MARGIN, HEIGHT - MARGIN],
  ];
  if (anchors.length === 0) {
    projection.fitExtent(extent, { type: 'Sphere' });
  } else {
    // A box a little larger than the anchors, so that routes and names do not touch the frame.
    const lats = anchors.map(([, lat]) => lat);
    const pad = 8;
    const [west, east] = [Math.min(...lons) - pad, Math.max(...lons) + pad];
    const [south, north] = [
      Math.max(-80, Math.min(...lats) - pad),
      Math.min(80, Math.max(...lats) + pad),
    ];
    projection.fitExtent(extent, {
      type: 'MultiPoint',
      coordinates: [
        [west, south],
        [west, north],
        [east, south],
        [east, north],
        [centre, north],
        [centre, south],
      ],
    });
  }
  const project = (p: Point): Point => {
    const [x, y] = projection(p) ?? [0, 0];
    return [round(x), round(y)];
  };
  const width = scaleSqrt()
    .domain([0, Math.max(1, ...routes.map((r) => r.valueUsd))])
    .range(STROKE_RANGE);
  const taken: Box[] = [];
  const places = new Map<string, DrawnPlace>();
  for (const route of routes) {
    for (const role of ['origin', 'via', 'destination'] as const) {
      const code = route[role];
      if (places.has(code)) continue;
      const at = project(route.positions[role]);
      const name = route.names[role][locale];
      const [x, y] = at;
      const label = place(
        taken,
        name,
        [
          { at: [x + 9, y + 4], anchor: 'start' },
          { at: [x - 9, y + 4], anchor: 'end' },
          { at: [x, y - 9], anchor: 'middle' },
          { at: [x, y + 18], anchor: 'middle' },
        ],
        NAME_PX,
      );
      places.set(code, { code, at, name, role, label });
    }
  }
  const legs = routes.map((route) => {
    const [o, v, d] = [
      route.positions.origin,
      route.positions.via,
      route.positions.destination,
    ].map(project) as [Point, Point, Point];
    return { route, first: arc(o, v), second: arc(v, d) };
  });
  // Rank labels in rank order: the best routes get the best spots.
  const drawn: DrawnRoute[] = legs.map(({ route, first, second }) => ({
    route,
    d: `${first.d}${second.d.replace(/^M[^Q]*/, '')}`,
    label: place(
      taken,
      route.ranks.join('·'),
      RANK_POSITIONS.map((t) => ({ at: second.at(t), anchor: 'middle' })),
      RANK_PX,
    ),
    width: width(route.valueUsd),
  }));
  // Smallest value on top, so that a thin line is never hidden under a wide one.
  drawn.sort((a, b) => b.width - a.width);
  return { path: geoPath(projection).digits(1), drawn, places: [...places.values()] };
}

/**
 * The map's drawing, given the country polygons (an empty list draws the routes on the sea
 * alone): pure, so that it renders the same on the server, in tests and in the page.
 */
export function StaticMapSvg({
  routes,
  countries,
  alternative,
  status,
}: {
  routes: readonly MapRoute[];
  countries: Countries['features'];
  alternative: TextAlternative;
  /** The basemap's state, written on the SVG for tests. */
  status: Basemap['status'];
}) {
  const { locale } = useI18n();
  const id = useId();
  const { path, drawn, places } = useMemo(() => layout(routes, locale), [routes, locale]);
  const highlighted = new Set(places.map((p) => p.code));
  const countryPaths = useMemo(
    () =>
      countries.flatMap((feature, i) => {
        const d = path(feature as GeoPermissibleObjects);
        const code = feature.properties?.iso3 ?? '';
        return d ? [{ key: `${code}-${i}`, d, code }] : [];
      }),
    [countries, path],
  );
  return (
    <svg
      className="tr-map"
      style={LABEL_SIZES}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-basemap={status}
    >
      <title id={`${id}-title`}>{alternative.title}</title>
      <desc id={`${id}-desc`}>{alternative.desc}</desc>
      <rect width={WIDTH} height={HEIGHT} fill={PALETTE.ocean} />
      <g>
        {countryPaths.map(({ key, d, code }) => (
          <path
            key={key}
            d={d}
            fill={highlighted.has(code) ? PALETTE.landHighlight : PALETTE.land}
            stroke={PALETTE.border}
            strokeWidth={0.6}
          />
        ))}
      </g>
      <g fill="none" strokeLinecap="round" strokeLinejoin="round">
        {drawn.map(({ route, d, width }) => (
          <path
            key={route.key}
            d={d}
            stroke={scoreCss(route.score)}
            strokeWidth={width}
            strokeDasharray={BAND_DASH[scoreBand(route.score)]}
            data-route={route.key}
          />
        ))}
      </g>
      <g className="tr-map-places">
        {places.map((place) => (
          <circle
            key={place.code}
            cx={place.at[0]}
            cy={place.at[1]}
            r={place.role === 'origin' ? 6 : 4.5}
            fill={place.role === 'origin' ? toCss(PALETTE.origin) : '#ffffff'}
            stroke={toCss(PALETTE.origin)}
            strokeWidth={2}
          />
        ))}
        {places.map((place) => (
          <text
            key={place.code}
            className="tr-map-label"
            x={place.label.at[0]}
            y={place.label.at[1]}
            textAnchor={place.label.anchor}
          >
            {place.name}
          </text>
        ))}
      </g>
      <g className="tr-map-ranks">
        {drawn.map(({ route, label }) => (
          <text key={route.key} x={label.at[0]} y={label.at[1]} textAnchor={label.anchor}>
            {route.ranks.join('·')}
          </text>
        ))}
      </g>
    </svg>
  );
}

/**
 * A static SVG map of the report's top corridors: the basemap's countries (fetched from
 * `countriesUrl`), and each route origin → intermediary → destination as a two-leg line whose
 * width is the value that may have passed through, whose colour and dash pattern give the
 * score, labelled with the ranks of its corridors. Its `<title>` and `<desc>` are the text
 * alternative written from the data.
 */
export function StaticMap({
  routes,
  countriesUrl,
  alternative,
  failedText,
}: {
  routes: readonly MapRoute[];
  countriesUrl: string;
  alternative: TextAlternative;
  /** Said under the map when the country outlines could not be loaded. */
  failedText: string;
}) {
  const basemap = useCountries(countriesUrl);
  return (
    <>
      <StaticMapSvg
        routes={routes}
        countries={basemap.status === 'ready' ? basemap.countries.features : []}
        alternative={alternative}
        status={basemap.status}
      />
      {basemap.status === 'failed' && <p className="tr-note">{failedText}</p>}
    </>
  );
}
