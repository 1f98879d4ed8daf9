import { useEffect, useEffectEvent } from 'react';

/** The state of a playback over `count` steps, and how to change it. */
export interface PlaybackControl {
  playing: boolean;
  /** Number of steps (months, or years on an annual timeline). */
  count: number;
  /** Index of the step shown. */
  current: number;
  onCurrentChange(index: number): void;
  onPlayingChange(playing: boolean): void;
}

/** Options of {@link usePlayback}. */
export interface PlaybackOptions extends PlaybackControl {
  /** Steps per second. */
  speed: number;
}

/** Options of {@link usePlaybackKeys}. */
export interface PlaybackKeyOptions extends PlaybackControl {
  /** False while another part of the page owns the keyboard (a dialog is open). */
  enabled?: boolean;
}

/** Starts or stops playback; starting at the last step restarts from the first. */
export function togglePlayback(control: PlaybackControl): void {
  const { playing, count, current } = control;
  if (!playing && count > 0 && current >= count - 1) control.onCurrentChange(0);
  control.onPlayingChange(!playing);
}

/** The step a timer tick moves to, and whether playback stops there (at the last step). */
export function nextStep(current: number, count: number): { index: number; stop: boolean } {
  const index = current >= count - 1 ? 0 : current + 1;
  return { index, stop: index >= count - 1 };
}

/**
 * While `playing`, moves `current` on by one step every 1/`speed` seconds and stops at the
 * last step; playing from the last step starts again from the first. The timer restarts
 * whenever the step changes, so scrubbing while playing never makes it jump twice.
 */
export function usePlayback({ playing, speed, count, current, ...callbacks }: PlaybackOptions) {
  const tick = useEffectEvent(() => {
    const { index, stop } = nextStep(current, count);
    callbacks.onCurrentChange(index);
    if (stop) callbacks.onPlayingChange(false);
  });
  useEffect(() => {
    if (!playing || count === 0) return;
    const timer = setTimeout(() => tick(), 1000 / Math.max(speed, 0.1));
    return () => clearTimeout(timer);
  }, [playing, speed, count, current]);
}

/** Whether a key press belongs to a form control or editable text rather than to the page. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, select, textarea, button') !== null;
}

/**
 * Keyboard control of the playback anywhere on the page: Space plays or pauses, ← and → step
 * back and forward (and stop), Home and End jump to the first and last step (and stop). Keys
 * are left alone in form controls and editable text, with a modifier, when not `enabled`, and
 * when something else already handled them (the map pans with the arrows when it has focus).
 */
export function usePlaybackKeys({ enabled = true, ...control }: PlaybackKeyOptions) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const { count, current } = control;
    if (count === 0 || event.defaultPrevented || isTyping(event.target)) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const jump = (index: number) => {
      control.onPlayingChange(false);
      control.onCurrentChange(Math.min(Math.max(index, 0), count - 1));
    };
    switch (event.key) {
      case ' ':
        if (!event.repeat) togglePlayback(control);
        break;
      case 'ArrowLeft':
        jump(current - 1);
        break;
      case 'ArrowRight':
        jump(current + 1);
        break;
      case 'Home':
        jump(0);
        break;
      case 'End':
        jump(count - 1);
        break;
      default:
        return;
    }
    event.preventDefault();
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}
