import { useEffect, useEffectEvent } from 'react';
import type { Briefing } from './briefing';

/**
 * The briefing screen and its presenter view (a second window of the same app, same origin)
 * keep in step over a BroadcastChannel: the presenter asks for the briefing when it opens (the
 * screen may be playing one the analyst edited, which exists nowhere else), the screen sends
 * its briefing and step at every change, and the presenter's "next" and "previous" move the
 * screen. Nothing leaves the browser.
 */
const CHANNEL = 'tdc-briefing';

/** What the two windows say to each other. */
export type PresenterMessage =
  /** The presenter view, just opened: send the briefing. */
  | { type: 'hello' }
  /** The screen: the briefing it shows and the step on screen. */
  | { type: 'state'; briefing: Briefing; step: number }
  /** The presenter: show this step. */
  | { type: 'go'; step: number };

/** Opens the channel: `listen` hears the other window, the result posts to it. */
export function openPresenterChannel(listen: (message: PresenterMessage) => void) {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<PresenterMessage>) => listen(event.data);
  return {
    post: (message: PresenterMessage) => channel.postMessage(message),
    close: () => channel.close(),
  };
}

/**
 * The screen's side, while the briefing page is shown: tells any presenter view which step is
 * on screen, answers one that opens, and goes where the presenter says.
 */
export function usePresenterLink(
  active: boolean,
  briefing: Briefing,
  step: number,
  goToStep: (index: number) => void,
): void {
  const onMessage = useEffectEvent(
    (message: PresenterMessage, post: (m: PresenterMessage) => void) => {
      if (message.type === 'hello') post({ type: 'state', briefing, step });
      else if (message.type === 'go' && message.step !== step) goToStep(message.step);
    },
  );
  useEffect(() => {
    if (!active) return;
    const channel = openPresenterChannel((message) => onMessage(message, channel.post));
    channel.post({ type: 'state', briefing, step });
    return channel.close;
  }, [active, briefing, step]);
}
