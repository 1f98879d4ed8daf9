import type { ReactNode } from 'react';
import { CAMERA_PRESET_NAMES, type CameraPreset } from '../map/camera';
import { MAP_PALETTES, toCss, type ColorBy, type MapTheme } from '../map/theme';
import { useI18n } from './i18n-context';
import './map-toolbar.css';

/** Props of {@link MapToolbar}. */
export interface MapToolbarProps {
  /** The preset the map shows, or null once the user has moved the map. */
  camera: CameraPreset | null;
  onCamera(preset: CameraPreset): void;
  theme: MapTheme;
  onTheme(theme: MapTheme): void;
  colorBy: ColorBy;
  onColorBy(colorBy: ColorBy): void;
  /** Whether particles move along the flows. */
  motion: boolean;
  onMotion(on: boolean): void;
}

/**
 * The controls floating at the top left of the map, in one row on a 1280 px screen: camera
 * presets, what the colour shows, the print colours and the animation (these two as icons).
 * Real buttons, `aria-pressed` for every choice, large enough for a touch screen; each carries
 * its explanation as a tooltip.
 */
export function MapToolbar(props: MapToolbarProps) {
  const { camera, onCamera, theme, onTheme, colorBy, onColorBy, motion, onMotion } = props;
  const { t } = useI18n();
  const palette = MAP_PALETTES[theme];
  return (
    <div
      className="map-toolbar"
      role="group"
      aria-label={t('mapToolbar.label')}
      data-testid="map-toolbar"
    >
      <ToolbarGroup label={t('mapToolbar.camera')}>
        {CAMERA_PRESET_NAMES.map((preset) => (
          <ToolbarButton
            key={preset}
            pressed={camera === preset}
            hint={t(`mapToolbar.camera.${preset}.hint`)}
            testId={`camera-${preset}`}
            onClick={() => onCamera(preset)}
          >
            {t(`mapToolbar.camera.${preset}`)}
          </ToolbarButton>
        ))}
      </ToolbarGroup>
      <ToolbarGroup label={t('mapToolbar.colorBy')}>
        <ToolbarButton
          pressed={colorBy === 'tier'}
          hint={t('mapToolbar.colorBy.tier.hint')}
          testId="color-by-tier"
          onClick={() => onColorBy('tier')}
        >
          <span className="map-toolbar-swatch tiers" aria-hidden="true">
            {Object.values(palette.tiers).map((colour, i) => (
              <span key={i} style={{ background: toCss(colour) }} />
            ))}
          </span>
          {t('mapToolbar.colorBy.tier')}
        </ToolbarButton>
        <ToolbarButton
          pressed={colorBy === 'score'}
          hint={t('mapToolbar.colorBy.score.hint')}
          testId="color-by-score"
          onClick={() => onColorBy('score')}
        >
          <span
            className="map-toolbar-swatch score"
            aria-hidden="true"
            style={{ background: `linear-gradient(90deg, ${palette.score.map(toCss).join(', ')})` }}
          />
          {t('mapToolbar.colorBy.score')}
        </ToolbarButton>
      </ToolbarGroup>
      <ToolbarGroup label={t('mapToolbar.display')}>
        <ToolbarButton
          pressed={theme === 'light'}
          name={t('mapToolbar.theme')}
          hint={t('mapToolbar.theme.hint')}
          testId="theme-toggle"
          onClick={() => onTheme(theme === 'light' ? 'dark' : 'light')}
        >
          <ThemeIcon />
        </ToolbarButton>
        <ToolbarButton
          pressed={motion}
          name={t('mapToolbar.motion')}
          hint={t('mapToolbar.motion.hint')}
          testId="motion-toggle"
          onClick={() => onMotion(!motion)}
        >
          <MotionIcon />
        </ToolbarButton>
      </ToolbarGroup>
    </div>
  );
}

/** A named set of buttons. */
function ToolbarGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="map-toolbar-group" role="group" aria-label={label}>
      {children}
    </div>
  );
}

/**
 * A toggle button with a tooltip. Its visible text names it; an icon-only button passes its
 * `name`, which becomes its accessible name and starts its tooltip.
 */
function ToolbarButton(props: {
  pressed: boolean;
  name?: string;
  hint: string;
  testId: string;
  onClick: () => void;
  children: ReactNode;
}) {
  const { pressed, name, hint, testId, onClick, children } = props;
  return (
    <button
      type="button"
      className={name ? 'map-toolbar-button icon' : 'map-toolbar-button'}
      aria-pressed={pressed}
      aria-label={name}
      title={name ? `${name}: ${hint}` : hint}
      data-testid={testId}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** A half-filled disc: light and dark. */
function ThemeIcon() {
  return (
    <svg className="map-toolbar-icon" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 2a6 6 0 0 0 0 12z" fill="currentColor" />
    </svg>
  );
}

/** An arc with a dot travelling along it. */
function MotionIcon() {
  return (
    <svg className="map-toolbar-icon" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M2 13Q8 1 14 13" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <circle cx="10.4" cy="8" r="2.2" fill="currentColor" />
    </svg>
  );
}
