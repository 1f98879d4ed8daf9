import { useCallback, useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n-context';
import type { ExportJob } from '../exports/map-video';
import { stepDurationS, type Briefing } from './briefing';
import {
  autoPlayNext,
  briefingKeyIntent,
  keyPressOf,
  stepAfter,
  type BriefingAction,
} from './briefing-keys';
import './brief.css';

/** Props of {@link BriefPlayer}. */
export interface BriefPlayerProps {
  briefing: Briefing;
  /** The step shown, from 0 (clamped to the briefing's steps). */
  step: number;
  onStep(index: number): void;
  onExit(): void;
  /** Whether the briefing moves on by itself after each step's duration. */
  autoPlay: boolean;
  onAutoPlay(on: boolean): void;
  /** No animated transitions (the steps still advance when playing). */
  reducedMotion: boolean;
  /** What the map is still waiting for ('Loading the trade data…'), or null once drawn. */
  status: string | null;
  /** Records the whole briefing as a video and saves it (rejects with AbortError if cancelled). */
  onRecord?: (job: ExportJob) => Promise<void>;
}

/**
 * A recording of the briefing: its progress (null when none runs), a way to stop it, and what
 * became of the last one. Playing stops while it records: the recording steps by itself.
 */
function useRecording(record: BriefPlayerProps['onRecord'], stopPlaying: () => void) {
  const { t } = useI18n();
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const start = async () => {
    if (!record || controller.current) return;
    stopPlaying();
    const abort = new AbortController();
    controller.current = abort;
    setMessage(null);
    setProgress(0);
    try {
      await record({ signal: abort.signal, progress: setProgress });
      setMessage(t('brief.video.saved'));
    } catch (failure) {
      setMessage(
        abort.signal.aborted
          ? t('brief.video.cancelled')
          : t('exports.failed', { item: t('brief.video'), message: String(failure) }),
      );
    }
    controller.current = null;
    setProgress(null);
  };
  return { progress, message, start, cancel: () => controller.current?.abort() };
}

/** Opens the presenter view of the briefing at step `step` in a window of its own. */
function openPresenterView(id: string, step: number, locale: string) {
  const search = new URLSearchParams({
    page: 'brief',
    briefing: id,
    step: String(step),
    lang: locale,
    presenter: '1',
  });
  window.open(`${window.location.pathname}?${search}`, 'tdc-presenter', 'popup');
}

/** How long the control bar stays after a key press or a pointer movement. */
export const CONTROLS_SHOWN_MS = 4000;

/**
 * The briefing drawn over the full-screen map: the step's title and caption in large type on
 * a solid panel, the progress, and a control bar that stays hidden until asked for (a key, the
 * pointer, the "?" button or Tab), so that the room sees only the story. Keys work anywhere on
 * the page (→ / PageDown / Space / Enter, ← / PageUp / Backspace, Home, End, P, Esc), except in
 * form fields and with Ctrl, Alt or Meta (Shift is allowed, for 'P').
 */
export function BriefPlayer(props: BriefPlayerProps) {
  const { briefing, step, onStep, onExit, autoPlay, onAutoPlay, reducedMotion, status } = props;
  const recording = useRecording(props.onRecord, () => onAutoPlay(false));
  const { locale, t } = useI18n();
  const count = briefing.steps.length;
  const current = Math.min(Math.max(Math.trunc(step) || 0, 0), Math.max(count - 1, 0));
  const shown = briefing.steps[current];
  const durationS = shown ? stepDurationS(shown) : 0;
  const controlsId = useId();

  const [controlsShown, setControlsShown] = useState(false);
  const hideTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const revealControls = useCallback(() => {
    setControlsShown(true);
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setControlsShown(false), CONTROLS_SHOWN_MS);
  }, []);
  useEffect(() => () => clearTimeout(hideTimer.current), []);

  // The whole screen for the room's display (the browser's Esc leaves it).
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  const togglePlay = () => {
    // Playing from the last step starts again from the first.
    if (!autoPlay && current >= count - 1) onStep(0);
    onAutoPlay(!autoPlay);
  };

  const act = (action: BriefingAction) => {
    if (action === 'exit') onExit();
    else if (action === 'pause') togglePlay();
    else if (action === 'fullscreen') toggleFullscreen();
    else {
      const index = stepAfter(action, current, count);
      if (index !== null && index !== current) onStep(index);
    }
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const intent = briefingKeyIntent(keyPressOf(event));
    if (intent === 'reveal') revealControls();
    else if (intent !== null) {
      event.preventDefault();
      act(intent);
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    const onPointer = () => revealControls();
    window.addEventListener('keydown', listener);
    window.addEventListener('pointermove', onPointer);
    return () => {
      window.removeEventListener('keydown', listener);
      window.removeEventListener('pointermove', onPointer);
    };
  }, [revealControls]);

  // The timer restarts whenever the step changes, so stepping by hand never skips a step.
  const tick = useEffectEvent(() => {
    const index = autoPlayNext(current, count);
    if (index === null) onAutoPlay(false);
    else onStep(index);
  });
  useEffect(() => {
    if (!autoPlay || count === 0) return;
    const timer = setTimeout(() => tick(), durationS * 1000);
    return () => clearTimeout(timer);
  }, [autoPlay, current, count, durationS]);

  const className = ['brief-player', reducedMotion ? 'still' : '', autoPlay ? 'playing' : '']
    .filter(Boolean)
    .join(' ');
  const progressText = t('brief.progress', { n: current + 1, count });
  return (
    <section
      className={className}
      data-testid="brief-player"
      data-step={current}
      aria-label={t('brief.player.label', { title: briefing.title[locale] })}
    >
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {shown ? t('brief.announce', { n: current + 1, count, title: shown.title[locale] }) : ''}
      </p>
      <button
        type="button"
        className="brief-help"
        aria-label={t('brief.controls.show')}
        title={t('brief.controls.show')}
        aria-controls={controlsId}
        aria-expanded={controlsShown}
        // Always shows them: the pointer that moves to this button has shown them already, and
        // a click that then hid them would leave the mouse user with nothing to click.
        onClick={revealControls}
      >
        ?
      </button>
      <div
        id={controlsId}
        className="brief-controls"
        role="group"
        aria-label={t('brief.controls')}
        data-shown={controlsShown}
        data-testid="brief-controls"
      >
        <div className="brief-controls-buttons">
          <ControlButton
            label={t('brief.previous')}
            icon="previous"
            disabled={current === 0}
            onClick={() => act('previous')}
          />
          <ControlButton
            label={autoPlay ? t('brief.pause') : t('brief.play')}
            icon={autoPlay ? 'pause' : 'play'}
            onClick={togglePlay}
          />
          <ControlButton
            label={t('brief.next')}
            icon="next"
            disabled={current >= count - 1}
            onClick={() => act('next')}
          />
          <ControlButton label={t('brief.exit')} icon="exit" onClick={onExit} />
          <button
            type="button"
            className="brief-control"
            title={t('brief.presenter.label')}
            data-testid="brief-presenter"
            onClick={() => openPresenterView(briefing.id, current, locale)}
          >
            {t('brief.presenter')}
          </button>
          {props.onRecord && (
            <button
              type="button"
              className="brief-control"
              data-testid="brief-video"
              disabled={recording.progress !== null}
              onClick={() => void recording.start()}
            >
              {t('brief.video')}
            </button>
          )}
        </div>
        <p className="brief-keys">{t('brief.keys')}</p>
      </div>
      <div className="brief-panel" key={current}>
        {shown ? (
          <>
            <p className="brief-briefing-title">{briefing.title[locale]}</p>
            <h2 className="brief-title" data-testid="brief-title">
              {shown.title[locale]}
            </h2>
            <p className="brief-caption" data-testid="brief-caption">
              {shown.caption[locale]}
            </p>
          </>
        ) : (
          <p className="brief-caption" data-testid="brief-caption">
            {t('brief.empty')}
          </p>
        )}
        {recording.progress !== null && (
          <p className="brief-recording" data-testid="brief-recording">
            <progress value={recording.progress} max={1} aria-label={t('brief.video')} />
            <button type="button" className="brief-control" onClick={recording.cancel}>
              {t('exports.cancel')}
            </button>
          </p>
        )}
        {recording.message && (
          <p className="brief-recording" role="status" data-testid="brief-recording-status">
            {recording.message}
          </p>
        )}
        {status && (
          <p className="brief-status" role="status" data-testid="brief-status">
            {status}
          </p>
        )}
        <div className="brief-progress" data-testid="brief-progress">
          <p className="brief-progress-text">{progressText}</p>
          <div
            className="brief-progress-bar"
            role="progressbar"
            aria-label={t('brief.progress.label')}
            aria-valuemin={count ? 1 : 0}
            aria-valuemax={count}
            aria-valuenow={count ? current + 1 : 0}
            aria-valuetext={progressText}
          >
            {briefing.steps.map((_, i) => (
              <span
                key={i}
                className={i < current ? 'done' : i === current ? 'current' : undefined}
                style={
                  i === current ? { animationDuration: `${Math.max(durationS, 0)}s` } : undefined
                }
              />
            ))}
          </div>
        </div>
      </div>
    </section>
  );
}

type Icon = 'previous' | 'next' | 'play' | 'pause' | 'exit';

const ICON_PATHS: Record<Icon, string> = {
  previous: 'M11 3 5 9l6 6',
  next: 'M7 3l6 6-6 6',
  play: 'M5 3v12l10-6z',
  pause: 'M5 3h3v12H5zM10 3h3v12h-3z',
  exit: 'M4 4l10 10M14 4 4 14',
};

/**
 * A control of the bar: icon and visible label. Unavailable controls are `aria-disabled`
 * rather than `disabled`, so that focus stays on them at the first or last step.
 */
function ControlButton(props: {
  label: string;
  icon: Icon;
  onClick: () => void;
  disabled?: boolean;
}) {
  const { label, icon, onClick, disabled = false } = props;
  const filled = icon === 'play' || icon === 'pause';
  return (
    <button
      type="button"
      className="brief-control"
      aria-disabled={disabled || undefined}
      onClick={disabled ? undefined : onClick}
    >
      <svg className="brief-control-icon" viewBox="0 0 18 18" aria-hidden="true">
        <path
          d={ICON_PATHS[icon]}
          fill={filled ? 'currentColor' : 'none'}
          stroke={filled ? 'none' : 'currentColor'}
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {label}
    </button>
  );
}
