import { useId, useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { downloadText, MEDIA_TYPES } from '../exports/download';
import { useI18n } from '../i18n-context';
import {
  addStep,
  BriefingError,
  briefingToJson,
  DEFAULT_STEP_DURATION_S,
  describeBriefingError,
  moveStep,
  parseBriefing,
  parseBriefingText,
  removeStep,
  STEP_DURATION_RANGE_S,
  stepView,
  suggestStepText,
  updateStep,
  type Briefing,
  type StepPatch,
  type BriefingText,
} from './briefing';
import './brief.css';

/** Props of {@link BriefEditor}. */
export interface BriefEditorProps {
  briefing: Briefing;
  /** The workspace's current URL query: what "Add this view as a step" saves. */
  currentView: string;
  onChange(b: Briefing): void;
  onPlay(): void;
}

/** The fields a new step is drafted with (from the view); notes are written afterwards. */
type DraftField = 'title' | 'caption';
type TextField = DraftField | 'notes';
type Language = keyof BriefingText;
type DraftKey = `${TextField}.${Language}`;

/** A message under the import and export buttons. */
interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

const TEXT_INPUTS: readonly { field: DraftField; language: Language }[] = [
  { field: 'title', language: 'en' },
  { field: 'title', language: 'zh-TW' },
  { field: 'caption', language: 'en' },
  { field: 'caption', language: 'zh-TW' },
];
/** A saved step's text fields: its presenter notes too (a new step's are written later). */
const STEP_INPUTS: readonly { field: TextField; language: Language }[] = [
  ...TEXT_INPUTS,
  { field: 'notes', language: 'en' },
  { field: 'notes', language: 'zh-TW' },
];
const NO_NOTES: BriefingText = { en: '', 'zh-TW': '' };

const LABEL_KEYS = {
  'title.en': 'brief.editor.title.en',
  'title.zh-TW': 'brief.editor.title.zh',
  'caption.en': 'brief.editor.caption.en',
  'caption.zh-TW': 'brief.editor.caption.zh',
  'notes.en': 'brief.editor.notes.en',
  'notes.zh-TW': 'brief.editor.notes.zh',
} as const satisfies Record<DraftKey, string>;

/**
 * The analysts' briefing editor: saves the workspace's current view as a step with a title
 * and caption in both languages (drafted from the view), edits, orders and deletes steps,
 * and exports or imports the briefing as a JSON file. An imported file that is not a valid
 * briefing leaves the current one as it is and says what is wrong, step and field.
 */
export function BriefEditor({ briefing, currentView, onChange, onPlay }: BriefEditorProps) {
  const { locale, t } = useI18n();
  const suggestion = useMemo(() => suggestStepText(currentView), [currentView]);
  // Only the fields the analyst typed in; the others follow the current view's suggestion.
  const [drafts, setDrafts] = useState<Partial<Record<`${DraftField}.${Language}`, string>>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const id = useId();

  const draft = (field: DraftField, language: Language) =>
    drafts[`${field}.${language}`] ?? suggestion[field][language];
  const draftText = (field: DraftField): BriefingText => ({
    en: draft(field, 'en'),
    'zh-TW': draft(field, 'zh-TW'),
  });

  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    onChange(addStep(briefing, currentView, draftText('title'), draftText('caption')));
    setDrafts({});
  };

  const onExport = () => {
    const file = `${briefing.id}.json`;
    const json = briefingToJson(briefing);
    try {
      // What is exported must import again.
      parseBriefing(JSON.parse(json));
    } catch (error) {
      if (!(error instanceof BriefingError)) throw error;
      setNotice({
        kind: 'error',
        text: t('brief.editor.exportFailed', { reason: describeBriefingError(error, locale) }),
      });
      return;
    }
    setNotice(null);
    downloadText(json, file, MEDIA_TYPES.json);
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const imported = parseBriefingText(await file.text());
      onChange(imported);
      setNotice({
        kind: 'ok',
        text: t('brief.editor.imported', { file: file.name, count: imported.steps.length }),
      });
    } catch (error) {
      const reason =
        error instanceof BriefingError
          ? describeBriefingError(error, locale)
          : error instanceof Error
            ? error.message
            : String(error);
      setNotice({
        kind: 'error',
        text: t('brief.editor.importFailed', { file: file.name, reason }),
      });
    } finally {
      // Choosing the same file again, once corrected, fires a change again.
      input.value = '';
    }
  };

  const setStep = (i: number, patch: StepPatch) => onChange(updateStep(briefing, i, patch));
  const count = briefing.steps.length;

  return (
    <section className="brief-editor" data-testid="brief-editor" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="brief-editor-heading">
        {t('brief.editor.label')}
      </h2>

      <div className="brief-editor-fields">
        <TextInput
          label={t('brief.editor.briefingTitle.en')}
          value={briefing.title.en}
          lang="en"
          onChange={(en) => onChange({ ...briefing, title: { ...briefing.title, en } })}
        />
        <TextInput
          label={t('brief.editor.briefingTitle.zh')}
          value={briefing.title['zh-TW']}
          lang="zh-TW"
          onChange={(zh) => onChange({ ...briefing, title: { ...briefing.title, 'zh-TW': zh } })}
        />
      </div>

      <div className="brief-editor-actions">
        <button
          type="button"
          className="brief-editor-button primary"
          onClick={onPlay}
          disabled={count === 0}
        >
          {t('brief.editor.play')}
        </button>
        <button
          type="button"
          className="brief-editor-button"
          onClick={onExport}
          aria-label={t('brief.editor.exportLabel', { file: `${briefing.id}.json` })}
        >
          {t('brief.editor.export')}
        </button>
        <label className="brief-editor-button brief-editor-file">
          {t('brief.editor.import')}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => void onImport(event)}
            data-testid="brief-import"
          />
        </label>
      </div>
      {notice && (
        <p
          className={`brief-editor-notice ${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="brief-editor-notice"
        >
          {notice.text}
        </p>
      )}

      <form className="brief-editor-new" onSubmit={onAdd} aria-labelledby={`${id}-new`}>
        <h3 id={`${id}-new`}>{t('brief.editor.newStep')}</h3>
        <ViewText view={stepView(currentView)} />
        <div className="brief-editor-fields">
          {TEXT_INPUTS.map(({ field, language }) => (
            <TextInput
              key={`${field}.${language}`}
              label={t(LABEL_KEYS[`${field}.${language}`])}
              value={draft(field, language)}
              lang={language}
              multiline={field === 'caption'}
              required
              onChange={(text) => setDrafts((d) => ({ ...d, [`${field}.${language}`]: text }))}
            />
          ))}
        </div>
        <button type="submit" className="brief-editor-button primary" data-testid="brief-add">
          {t('brief.editor.add')}
        </button>
      </form>

      <h3>{t('brief.editor.steps', { count })}</h3>
      {count === 0 ? (
        <p className="brief-editor-empty">{t('brief.editor.noSteps')}</p>
      ) : (
        <ol className="brief-editor-steps">
          {briefing.steps.map((step, i) => {
            const n = i + 1;
            return (
              <li key={i} className="brief-editor-step" data-testid="brief-editor-step">
                <fieldset>
                  <legend>{t('brief.editor.step', { n })}</legend>
                  <ViewText view={step.view} />
                  <div className="brief-editor-fields">
                    {STEP_INPUTS.map(({ field, language }) => {
                      const text = step[field] ?? NO_NOTES;
                      return (
                        <TextInput
                          key={`${field}.${language}`}
                          label={t(LABEL_KEYS[`${field}.${language}`])}
                          value={text[language]}
                          lang={language}
                          multiline={field !== 'title'}
                          onChange={(value) =>
                            setStep(i, { [field]: { ...text, [language]: value } })
                          }
                        />
                      );
                    })}
                    <DurationInput
                      value={step.durationS}
                      onChange={(durationS) => setStep(i, { durationS })}
                    />
                  </div>
                  <div className="brief-editor-actions">
                    <StepButton
                      text={t('brief.editor.up')}
                      label={t('brief.editor.upLabel', { n })}
                      disabled={i === 0}
                      onClick={() => onChange(moveStep(briefing, i, i - 1))}
                    />
                    <StepButton
                      text={t('brief.editor.down')}
                      label={t('brief.editor.downLabel', { n })}
                      disabled={i === count - 1}
                      onClick={() => onChange(moveStep(briefing, i, i + 1))}
                    />
                    <StepButton
                      text={t('brief.editor.useView')}
                      label={t('brief.editor.useViewLabel', { n })}
                      onClick={() => setStep(i, { view: currentView })}
                    />
                    <StepButton
                      text={t('brief.editor.delete')}
                      label={t('brief.editor.deleteLabel', { n })}
                      danger
                      onClick={() => onChange(removeStep(briefing, i))}
                    />
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** The view a step shows, as its query string. */
function ViewText({ view }: { view: string }) {
  const { t } = useI18n();
  return (
    <p className="brief-editor-view" translate="no">
      <span>{t('brief.editor.view')}: </span>
      {view ? <code>{view}</code> : <em>{t('brief.editor.defaultView')}</em>}
    </p>
  );
}

/** A labelled text input (or text area), in the language its text is written in. */
function TextInput(props: {
  label: string;
  value: string;
  lang: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  required?: boolean;
}) {
  const { label, value, lang, onChange, multiline = false, required = false } = props;
  const common = {
    value,
    lang,
    required,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange(event.currentTarget.value),
  };
  return (
    <label className={multiline ? 'brief-editor-field wide' : 'brief-editor-field'}>
      <span>{label}</span>
      {multiline ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
    </label>
  );
}

/** The step's seconds on screen when playing; empty for the default. */
function DurationInput(props: {
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}) {
  const { t } = useI18n();
  return (
    <label className="brief-editor-field">
      <span>{t('brief.editor.duration')}</span>
      <input
        type="number"
        min={STEP_DURATION_RANGE_S.min}
        max={STEP_DURATION_RANGE_S.max}
        step={1}
        value={props.value ?? ''}
        placeholder={t('brief.editor.durationDefault', { seconds: DEFAULT_STEP_DURATION_S })}
        onChange={(event) => {
          const text = event.currentTarget.value;
          const seconds = Number(text);
          props.onChange(text === '' || !Number.isFinite(seconds) ? undefined : seconds);
        }}
      />
    </label>
  );
}

/** A button acting on one step: short visible text, a full accessible name. */
function StepButton(props: {
  text: string;
  label: string;
  onClick: () => void;
  disabled?: boolean;
  danger?: boolean;
}) {
  const { text, label, onClick, disabled = false, danger = false } = props;
  return (
    <button
      type="button"
      className={danger ? 'brief-editor-button danger' : 'brief-editor-button'}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      {text}
    </button>
  );
}
