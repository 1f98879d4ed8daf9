import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentProps,
} from 'react';
import {
  COUNTRIES_110M_URL as countriesUrl,
  COUNTRIES_50M_URL as detailedCountriesUrl,
} from './public-files';
import { addDetailedBasemap, applyBasemapTheme, createBasemapStyle } from '../map/basemap-style';
import { bestFrame, moveTo, type Bounds, type Box, type Frame } from '../map/camera';
import type { ScreenCamera } from '../map/edge-markers';
import type { MapTheme } from '../map/theme';
import { pendingWork } from '../data/activity';
import { isAnimated, layersAtTime, startClock } from '../map/animation';
import { getExtraLayers, subscribeExtraLayers } from '../map/extra-layers';
import { frameDrawn, layersSet, onFrameDrawn } from '../map/frame-signal';
import {
  buildScene,
  type MapPick,
  type MapTarget,
  type MapTip,
  type SceneInput,
} from '../map/scene';
import { useI18n } from './i18n-context';

// maplibre 6 cannot locate its worker once bundled; give it the file Vite emitted.
setWorkerUrl(maplibreWorkerUrl);

/** Countries drawn a shade lighter on the basemap. */
const HIGHLIGHTED = ['TWN'];

/** What the camera frames: `bounds`, flown to whenever `key` changes. */
export interface MapSubject {
  key: string;
  bounds: Bounds;
}

/** The boxes, in the map's pixels, of the elements matching `selector` beside it. */
function coversOf(map: MaplibreMap, selector: string): Box[] {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  const elements = container.parentElement?.querySelectorAll(selector) ?? [];
  return [...elements].map((element) => {
    const r = element.getBoundingClientRect();
    return {
      left: r.left - origin.left,
      top: r.top - origin.top,
      right: r.right - origin.left,
      bottom: r.bottom - origin.top,
    };
  });
}

/** The framing of `subject` in the part of the map that the elements `covers` leave free. */
function frameOf(map: MaplibreMap, subject: MapSubject, covers: string): Frame {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  return bestFrame(subject.bounds, { width, height }, coversOf(map, covers));
}

/** Where the camera looks and how large the map is, once it has settled. */
function cameraOf(map: MaplibreMap): ScreenCamera {
  const { lng, lat } = map.getCenter();
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const { top = 0, right = 0, bottom = 0, left = 0 } = map.getPadding();
  return {
    center: [lng, lat],
    zoom: map.getZoom(),
    padding: { top, right, bottom, left },
    width,
    height,
  };
}

/** The basemap (maplibre, local GeoJSON only) with deck.gl layers overlaid. */
export function MapView({
  layers: own,
  motion,
  frozenTime,
  theme,
  subject,
  covers,
  reducedMotion,
  panels = true,
  describe,
  onPick,
  onZoomEnd,
  onCamera,
}: {
  layers: Layer[];
  /** Whether particles and pulses move (off: they stay where they are). */
  motion: boolean;
  /** A fixed animation time in seconds (screenshots, tests), or null for the running clock. */
  frozenTime: number | null;
  theme: MapTheme;
  /** What the camera frames: flown to whenever its key changes, framed again on a resize. */
  subject: MapSubject;
  /**
   * A CSS selector of the panels drawn over the map (beside it in the DOM): the camera frames
   * its subject in the part they leave free.
   */
  covers: string;
  /** Jump instead of flying. */
  reducedMotion: boolean;
  /** Whether the map takes the arrow keys (the briefing keeps them for the presenter). */
  panels?: boolean;
  /** The tooltip of an item under the pointer, or null for none. */
  describe: (pick: MapPick) => MapTip | null;
  /** Called when the user clicks an item. */
  onPick: (pick: MapPick) => void;
  /** Called with the zoom, in quarter steps, whenever the camera settles. */
  onZoomEnd: (zoom: number) => void;
  /** Called with the camera whenever it settles (also written on the map element, for tests). */
  onCamera?: (camera: ScreenCamera) => void;
}) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const overlay = useRef<MapboxOverlay | null>(null);
  const mapRef = useRef<MaplibreMap | null>(null);
  // The theme, subject and panels the map opens with.
  const opening = useRef({ theme, subject, covers, panels });
  // Whether the user has moved the map since it was last framed.
  const moved = useRef(false);
  // The latest callbacks, for the map's own event handlers set up once.
  const handlers = useRef({ onPick, onZoomEnd, onCamera });
  useEffect(() => {
    handlers.current = { onPick, onZoomEnd, onCamera };
  }, [onPick, onZoomEnd, onCamera]);
  const [hovered, setHovered] = useState<{ pick: MapPick; x: number; y: number } | null>(null);
  const tip = hovered && describe(hovered.pick);

  useEffect(() => {
    if (!container.current) return;
    const { theme: openingTheme } = opening.current;
    const map = new MaplibreMap({
      container: container.current,
      style: createBasemapStyle({ theme: openingTheme, highlight: HIGHLIGHTED, countriesUrl }),
      // The attribution is drawn by React below, so that it follows the language.
      attributionControl: false,
      // deck.gl's interleaved mode breaks on maplibre 6, so deck draws on its own canvas.
      // Kept after each frame, so that the PNG export can copy the canvas (exports/map-png.ts).
      canvasContextAttributes: { antialias: true, preserveDrawingBuffer: true },
    });
    if (!opening.current.panels) map.keyboard.disable();
    // Framed for the map's size and the panels over it from the first frame.
    map.jumpTo(frameOf(map, opening.current.subject, opening.current.covers));
    const recordCamera = () => {
      const camera = cameraOf(map);
      map.getContainer().dataset.camera = JSON.stringify(camera);
      handlers.current.onCamera?.(camera);
    };
    recordCamera();
    map.on('moveend', recordCamera);
    map.on('resize', recordCamera);
    // How many flows the map has drawn, for tests to wait on the drawing, not only the data.
    const element = map.getContainer();
    const stopFrames = onFrameDrawn(({ flows }) => {
      if (element.dataset.flowsDrawn !== String(flows)) element.dataset.flowsDrawn = String(flows);
    });
    const stopDetail = addDetailedBasemap(map, detailedCountriesUrl);
    const pickOf = (info: PickingInfo): MapPick | null =>
      info.layer && info.index >= 0
        ? { layer: info.layer.id, index: info.index, object: info.object }
        : null;
    const deck = new MapboxOverlay({
      interleaved: false,
      // luma.gl's default too, stated because the PNG export depends on it.
      deviceProps: { webgl: { preserveDrawingBuffer: true } },
      layers: [],
      onAfterRender: frameDrawn,
      onHover: (info) => {
        const pick = pickOf(info);
        setHovered(pick && { pick, x: info.x, y: info.y });
      },
      onClick: (info) => {
        const pick = pickOf(info);
        if (pick) handlers.current.onPick(pick);
      },
      getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
    });
    map.addControl(deck);
    const reportZoom = () => handlers.current.onZoomEnd(Math.round(map.getZoom() * 4) / 4);
    map.on('zoomend', reportZoom);
    // The opening zoom, fitted above, places the labels from the first frame.
    reportZoom();
    // Until the user moves the map, it keeps its framing when its size changes (the window, or
    // the header's controls wrapping once the fonts are in).
    map.on('movestart', (event: { originalEvent?: Event | undefined }) => {
      if (event.originalEvent) moved.current = true;
    });
    map.on('resize', () => {
      if (moved.current) return;
      map.jumpTo(frameOf(map, opening.current.subject, opening.current.covers));
    });
    overlay.current = deck;
    mapRef.current = map;
    return () => {
      stopFrames();
      stopDetail();
      mapRef.current = null;
      overlay.current = null;
      map.remove();
    };
  }, []);

  const extra = useSyncExternalStore(subscribeExtraLayers, getExtraLayers);
  const layers = useMemo(() => [...own, ...extra], [own, extra]);
  // `opening` then holds what the map shows: a change from it recolours the map or flies.
  useEffect(() => {
    if (!mapRef.current || theme === opening.current.theme) return;
    opening.current.theme = theme;
    applyBasemapTheme(mapRef.current, theme);
  }, [theme]);
  // maplibre names its canvas "Map", in English: the name follows the language instead.
  const label = t('map.label');
  useEffect(() => {
    mapRef.current?.getCanvas().setAttribute('aria-label', label);
  }, [label]);
  useEffect(() => {
    if (!mapRef.current || panels === opening.current.panels) return;
    opening.current.panels = panels;
    // In the briefing the arrow keys belong to the presenter, not to the map.
    if (panels) mapRef.current.keyboard.enable();
    else mapRef.current.keyboard.disable();
  }, [panels]);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || subject.key === opening.current.subject.key) return;
    opening.current = { ...opening.current, subject, covers };
    moved.current = false;
    moveTo(map, frameOf(map, subject, covers), reducedMotion);
  }, [subject, covers, reducedMotion]);

  // Where the clock stood when the animation was last drawn, so that pausing freezes it there.
  const clock = useRef(0);
  useEffect(() => {
    const deck = overlay.current;
    if (!deck) return;
    layersSet(layers);
    const draw = (seconds: number) => deck.setProps({ layers: layersAtTime(layers, seconds) });
    // New layers go to deck.gl at once, not at the clock's next tick: a filter draws sooner.
    draw(frozenTime ?? clock.current);
    if (frozenTime !== null || !motion || !layers.some(isAnimated)) return;
    return startClock(
      (seconds) => {
        clock.current = seconds;
        draw(seconds);
      },
      () => pendingWork() > 0,
    );
  }, [layers, motion, frozenTime]);

  return (
    <>
      <div
        ref={container}
        className="map"
        role="img"
        aria-label={t('map.ariaLabel')}
        data-testid="map"
      />
      {tip && hovered && (
        <div
          className="map-tooltip"
          role="tooltip"
          data-testid="map-tooltip"
          style={{ left: hovered.x, top: hovered.y }}
        >
          <strong>{tip.title}</strong>
          {tip.lines.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </div>
      )}
      <p className="attribution">{t('map.attribution')}</p>
    </>
  );
}

/**
 * The map with the layers of a scene: what the flows, routes and labels of `input` draw, their
 * tips, and what a click on one opens (`onOpen`). With deck.gl and maplibre, it is a chunk of
 * its own, which the page fetches beside its first load (see MapStage).
 */
export function MapCanvas({
  input,
  onOpen,
  ...view
}: Omit<ComponentProps<typeof MapView>, 'layers' | 'describe' | 'onPick'> & {
  input: SceneInput;
  onOpen: (target: MapTarget) => void;
}) {
  const scene = useMemo(() => buildScene(input), [input]);
  const describe = (pick: MapPick) => {
    const target = scene.targetOf(pick);
    return target && scene.tipOf(target);
  };
  const onPick = (pick: MapPick) => {
    const target = scene.targetOf(pick);
    if (target) onOpen(target);
  };
  return <MapView {...view} layers={scene.layers} describe={describe} onPick={onPick} />;
}
