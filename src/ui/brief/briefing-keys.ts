/*
 * How the briefing player moves between steps: the keys a presenter (or a clicker) presses, and
 * the step each action leads to. Shared by the full-screen player and the presenter view.
 */
/** What a key press does in the briefing player. */
export type BriefingAction =
  'next' | 'previous' | 'first' | 'last' | 'pause' | 'fullscreen' | 'exit';

const KEY_ACTIONS: Record<string, BriefingAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  p: 'pause',
  P: 'pause',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'exit',
};

/**
 * The action of a key (`KeyboardEvent.key`). Presentation clickers send PageDown / PageUp;
 * their "blank screen" key ('.') does nothing, like every key not listed.
 */
export function briefingKeyAction(key: string): BriefingAction | null {
  return Object.hasOwn(KEY_ACTIONS, key) ? (KEY_ACTIONS[key] ?? null) : null;
}

/** The step a navigation action leads to from `current` among `count` steps ('pause' and 'exit': none). */
export function stepAfter(action: BriefingAction, current: number, count: number): number | null {
  const last = count - 1;
  if (count === 0) return null;
  switch (action) {
    case 'next':
      return Math.min(current + 1, last);
    case 'previous':
      return Math.max(current - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
    default:
      return null;
  }
}

/** A key press as the player sees it: the key, its modifiers and where it was typed. */
export interface BriefingKeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat: boolean;
  /** Typed into a text field, text area, select or editable text. */
  inField: boolean;
  /** Enter or Space on a focused button or link, which then acts itself. */
  onControl: boolean;
}

/**
 * What the player does with a key press: an action, 'reveal' (show the control bar: any other
 * key, Tab included), or nothing: keys with Ctrl, Alt or Meta (Shift counts not, for 'P'),
 * keys typed into fields, Enter and Space on a focused control, the clicker's blank-screen key
 * ('.') and a held-down 'P'.
 */
export function briefingKeyIntent(press: BriefingKeyPress): BriefingAction | 'reveal' | null {
  if (press.altKey || press.ctrlKey || press.metaKey || press.inField) return null;
  if (press.onControl && (press.key === 'Enter' || press.key === ' ')) return null;
  const action = briefingKeyAction(press.key);
  if (action === 'pause' && press.repeat) return null;
  if (action !== null) return action;
  return press.key === '.' ? null : 'reveal';
}

/** The step auto-play moves to after `current` has had its time, or null to stop (the last step). */
export function autoPlayNext(current: number, count: number): number | null {
  return current < count - 1 ? current + 1 : null;
}

/** Whether a key press is typing into a form field, where the player leaves keys alone. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, select, textarea') !== null;
}

/** Whether the key press happened on a button or link, which Enter and Space activate. */
function isOnControl(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.closest('button, a[href], [role="button"]') !== null
  );
}

/** A key press as {@link briefingKeyIntent} reads it. */
export function keyPressOf(event: KeyboardEvent): BriefingKeyPress {
  return {
    key: event.key,
    altKey: event.altKey,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    repeat: event.repeat,
    inField: isTyping(event.target),
    onControl: isOnControl(event.target),
  };
}
