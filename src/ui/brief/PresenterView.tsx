import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { translator, type Locale } from '../../i18n';
import { readViewState } from '../../state/view-state';
import { I18nContext, useI18n } from '../i18n-context';
import type { Briefing } from './briefing';
import { briefingKeyIntent, keyPressOf, stepAfter, type BriefingAction } from './briefing-keys';
import { useBriefingFile } from './briefing-files';
import { DEFAULT_BRIEFING } from './default-briefing';
import { openPresenterChannel, type PresenterMessage } from './presenter-link';
import './presenter.css';

/** Minutes and seconds, '12:05'; hours first past the hour, '1:02:05'. */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const [h, m] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60)];
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** The time now and the seconds since the view opened, ticking every second. */
function useClock(): { now: number; elapsed: number } {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return { now, elapsed: (now - start) / 1000 };
}

/**
 * The presenter view, for a second window or screen: the step on the briefing screen with the
 * presenter's notes, the next step, and a clock; its keys and buttons move the screen too. It
 * loads no data: the screen sends the briefing over the presenter link.
 */
export function PresenterApp() {
  const initial = useMemo(() => readViewState(window.location.search), []);
  const [locale] = useState<Locale>(initial.locale);
  const i18n = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  // Until the screen sends its briefing: the one the address names (its file once read).
  const file = useBriefingFile(initial.briefing);
  const [sent, setSent] = useState<Briefing | null>(null);
  const briefing = sent ?? file ?? DEFAULT_BRIEFING;
  const [step, setStep] = useState(initial.step);
  const [linked, setLinked] = useState(false);
  const post = useRef<(message: PresenterMessage) => void>(() => undefined);

  useEffect(() => {
    const channel = openPresenterChannel((message) => {
      if (message.type !== 'state') return;
      setSent(message.briefing);
      setStep(message.step);
      setLinked(true);
    });
    post.current = channel.post;
    channel.post({ type: 'hello' });
    return channel.close;
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = i18n.t('presenter.title', { title: briefing.title[locale] });
  }, [i18n, locale, briefing]);

  const act = (action: BriefingAction) => {
    const index = stepAfter(action, step, briefing.steps.length);
    if (index === null || index === step) return;
    setStep(index);
    post.current({ type: 'go', step: index });
  };
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const intent = briefingKeyIntent(keyPressOf(event));
    if (intent === null || intent === 'reveal') return;
    event.preventDefault();
    act(intent);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  return (
    <I18nContext.Provider value={i18n}>
      <PresenterScreen briefing={briefing} step={step} linked={linked} onAction={act} />
    </I18nContext.Provider>
  );
}

/** Props of {@link PresenterScreen}. */
export interface PresenterScreenProps {
  briefing: Briefing;
  step: number;
  /** Whether the briefing screen has answered (else the view shows the bundled briefing alone). */
  linked: boolean;
  onAction: (action: BriefingAction) => void;
}

/** The presenter view's page: current step and notes, next step, clock, and controls. */
export function PresenterScreen({ briefing, step, linked, onAction }: PresenterScreenProps) {
  const { locale, t } = useI18n();
  const { now, elapsed } = useClock();
  const count = briefing.steps.length;
  const current = Math.min(Math.max(step, 0), Math.max(count - 1, 0));
  const shown = briefing.steps[current];
  const next = briefing.steps[current + 1];
  const notes = shown?.notes?.[locale].trim();
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="presenter" data-testid="presenter" data-step={current}>
      <header className="presenter-head">
        <p className="presenter-briefing">{briefing.title[locale]}</p>
        <p className="presenter-progress" data-testid="presenter-progress">
          {t('brief.progress', { n: current + 1, count })}
        </p>
        <p className="presenter-clock">
          <span data-testid="presenter-elapsed" aria-label={t('presenter.elapsed')}>
            {clockText(elapsed)}
          </span>
          <span className="presenter-time">{time.format(now)}</span>
        </p>
        <p className="presenter-link" role="status" data-testid="presenter-link">
          {t(linked ? 'presenter.linked' : 'presenter.alone')}
        </p>
      </header>
      <main className="presenter-now" aria-labelledby="presenter-now-title">
        <h1 id="presenter-now-title" data-testid="presenter-title">
          {shown?.title[locale] ?? t('brief.empty')}
        </h1>
        <p className="presenter-caption">{shown?.caption[locale]}</p>
        <section className="presenter-notes" aria-label={t('presenter.notes')}>
          <h2>{t('presenter.notes')}</h2>
          <p data-testid="presenter-notes">{notes || t('presenter.noNotes')}</p>
        </section>
      </main>
      <aside className="presenter-next" aria-labelledby="presenter-next-title">
        <h2 id="presenter-next-title">{t('presenter.next')}</h2>
        <p className="presenter-next-title" data-testid="presenter-next">
          {next ? next.title[locale] : t('presenter.end')}
        </p>
        {next && <p className="presenter-caption">{next.caption[locale]}</p>}
      </aside>
      <nav className="presenter-controls" aria-label={t('brief.controls')}>
        <button type="button" onClick={() => onAction('previous')} disabled={current === 0}>
          {t('brief.previous')}
        </button>
        <button type="button" onClick={() => onAction('next')} disabled={current >= count - 1}>
          {t('brief.next')}
        </button>
        <p className="presenter-keys">{t('presenter.keys')}</p>
      </nav>
    </div>
  );
}
