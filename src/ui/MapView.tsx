import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer } from '@deck.gl/core';
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import countriesUrl from '../../data/basemap/countries-110m.geojson?url';
import { createBasemapStyle } from '../map/basemap-style';
import { INITIAL_CAMERA } from '../map/camera';
import { pendingWork } from '../data/activity';
import { isAnimated, layersAtTime, startClock } from '../map/animation';
import { getExtraLayers, subscribeExtraLayers } from '../map/extra-layers';
import { frameDrawn, layersSet } from '../map/frame-signal';
import { useI18n } from './i18n-context';

// maplibre 6 cannot locate its worker once bundled; give it the file Vite emitted.
setWorkerUrl(maplibreWorkerUrl);

/** Countries drawn a shade lighter on the basemap. */
const HIGHLIGHTED = ['TWN'];

/** The basemap (maplibre, local GeoJSON only) with deck.gl layers overlaid. */
export function MapView({
  layers: own,
  motion,
  frozenTime,
  onZoomEnd,
}: {
  layers: Layer[];
  /** Whether particles and pulses move (off: they stay where they are). */
  motion: boolean;
  /** A fixed animation time in seconds (screenshots, tests), or null for the running clock. */
  frozenTime: number | null;
  /** Called with the zoom, in quarter steps, whenever the camera settles. */
  onZoomEnd: (zoom: number) => void;
}) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const overlay = useRef<MapboxOverlay | null>(null);
  const zoomListener = useRef(onZoomEnd);
  useEffect(() => {
    zoomListener.current = onZoomEnd;
  }, [onZoomEnd]);

  useEffect(() => {
    if (!container.current) return;
    const map = new MaplibreMap({
      container: container.current,
      style: createBasemapStyle(countriesUrl, HIGHLIGHTED),
      center: INITIAL_CAMERA.center,
      zoom: INITIAL_CAMERA.zoom,
      // The attribution is drawn by React below, so that it follows the language.
      attributionControl: false,
      // deck.gl's interleaved mode breaks on maplibre 6, so deck draws on its own canvas.
      canvasContextAttributes: { antialias: true },
    });
    map.setPadding(INITIAL_CAMERA.padding);
    const deck = new MapboxOverlay({ interleaved: false, layers: [], onAfterRender: frameDrawn });
    map.addControl(deck);
    map.on('zoomend', () => zoomListener.current(Math.round(map.getZoom() * 4) / 4));
    overlay.current = deck;
    return () => {
      overlay.current = null;
      map.remove();
    };
  }, []);

  const extra = useSyncExternalStore(subscribeExtraLayers, getExtraLayers);
  const layers = useMemo(() => [...own, ...extra], [own, extra]);
  // Where the clock stood when the animation was last drawn, so that pausing freezes it there.
  const clock = useRef(0);
  useEffect(() => {
    const deck = overlay.current;
    if (!deck) return;
    layersSet(layers);
    const draw = (seconds: number) => deck.setProps({ layers: layersAtTime(layers, seconds) });
    if (frozenTime !== null || !motion || !layers.some(isAnimated)) {
      draw(frozenTime ?? clock.current);
      return;
    }
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
      <p className="attribution">{t('map.attribution')}</p>
    </>
  );
}
