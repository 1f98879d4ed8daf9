import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import {
  detectFormat,
  IngestError,
  mappingToJson,
  parseMappingJson,
  type IngestMessage,
  type UserMapping,
} from '../data/ingest';
import {
  checkHeader,
  guessMapping,
  MAPPING_FIELDS,
  sampleRows,
  VALUE_UNITS,
  type ValueUnit,
} from '../data/ingest/user-mapping';
import { readableFiles, type ReadableFile } from '../data/unpack-file';
import { formatList, type Locale, type Translate } from '../i18n';
import { describeIngestMessage, ingestErrorMessage } from './describe-ingest';
import { downloadText, MEDIA_TYPES } from './exports/download';
import { useInertSiblings } from './hooks/use-inert-siblings';
import { useI18n } from './i18n-context';
import { draftOf, mappingOf, type MappingDraft } from './mapping-draft';
import { FieldRow, fieldLabel } from './MappingFieldRow';
import { MappingPreviewPanel, useMappingPreview } from './MappingPreview';
import { presetFor, savePreset, type MappingPreset } from './mapping-presets';
import './mapping.css';

/** Props of {@link MappingDialog}. */
export interface MappingDialogProps {
  file: File;
  /** Why the ingest did not recognise the file. */
  reason: IngestMessage;
  onLoad: (mapping: UserMapping) => void;
  onCancel: () => void;
}

/** How many first values of each column the dialog shows. */
const SAMPLES = 3;

const ENCODINGS: readonly UserMapping['encoding'][] = ['auto', 'utf-8', 'latin-1'];

/** A file name without its extension, as the preset's first name. */
const baseName = (name: string) => name.replace(/\.[^.]+$/, '');

/** The file as the ingest reads it (decompressed, in UTF-8) and its first bytes. */
function useReadable(file: File): ReadableFile | null {
  const [readable, setReadable] = useState<{ file: File; readable: ReadableFile } | null>(null);
  useEffect(() => {
    let live = true;
    // A file that cannot be made readable was refused by the load that asked for its mapping.
    // A file of unknown layout is never an archive: those leave such members out.
    readableFiles(file).then(
      ([r]) => live && r && setReadable({ file, readable: r }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [file]);
  return readable?.file === file ? readable.readable : null;
}

/** Why a draft is not a mapping yet, in the user's language. */
function draftProblem(t: Translate, locale: Locale, problem: IngestMessage): string {
  if (problem.code !== 'mapping_missing_fields')
    return describeIngestMessage(locale, 'ingestError', problem);
  const fields = String(problem.params.missing)
    .split(', ')
    .map((name) => (name === 'year/period' ? t('mapping.yearOrPeriod') : fieldLabel(t, name)));
  return t('mapping.needed', { fields: formatList(locale, fields) });
}

/**
 * Asks which column of a file of unknown layout holds what, shows the file's columns with their
 * first values and a live preview of what would be loaded (the ingest itself, on the first
 * lines), and loads the file with the mapping. Mappings can be saved as presets (offered next
 * time a file with the same columns comes), exported and imported as the JSON of
 * `npm run ingest -- --map`. A modal dialog: focus moves in and stays in; Escape or Cancel
 * closes it and leaves the loaded data as it was.
 */
export function MappingDialog({ file, reason, onLoad, onCancel }: MappingDialogProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const importRef = useRef<HTMLInputElement>(null);
  useInertSiblings(rootRef);
  const readable = useReadable(file);
  const head = readable?.head ?? null;

  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const encoding = draft?.encoding ?? 'auto';
  const layout = useMemo(() => {
    if (!head) return null;
    const detection = detectFormat(head, file.name, encoding === 'auto' ? {} : { encoding });
    return { detection, samples: sampleRows(head, detection, SAMPLES) };
  }, [head, file.name, encoding]);
  const preset = useMemo<MappingPreset | undefined>(
    () => (layout ? presetFor(layout.detection.header) : undefined),
    [layout],
  );
  // The first draft: the saved preset for these columns, else a guess from their names.
  const shown = useMemo<MappingDraft | null>(
    () =>
      draft ?? (layout ? draftOf(preset?.mapping ?? guessMapping(layout.detection.header)) : null),
    [draft, layout, preset],
  );
  const { mapping, problem } = useMemo(
    () => (shown ? mappingOf(shown) : { mapping: null, problem: null }),
    [shown],
  );
  const preview = useMappingPreview(readable?.file ?? file, head, mapping);
  const [presetName, setPresetName] = useState(baseName(file.name));
  const [notice, setNotice] = useState('');

  useEffect(() => {
    const previous = document.activeElement;
    headingRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onCancel();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onCancel]);

  const change = (update: (d: MappingDraft) => MappingDraft) => shown && setDraft(update(shown));
  const previewProblem =
    preview && !(preview instanceof Error) && preview.problem?.code.startsWith('mapping_');
  const columns = layout?.detection.columns ?? [];

  const importMapping = async (chosen: File) => {
    try {
      const imported = parseMappingJson(await chosen.text(), chosen.name);
      if (layout) checkHeader(imported, layout.detection);
      setDraft(draftOf(imported));
      setNotice(t('mapping.imported', { file: chosen.name }));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      const detail = describeIngestMessage(locale, 'ingestError', ingestErrorMessage(error));
      setNotice(t('mapping.importFailed', { file: chosen.name, detail }));
    }
  };

  return createPortal(
    <div className="mapping-backdrop" ref={rootRef}>
      <section
        className="mapping-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-intro`}
        data-testid="mapping-dialog"
      >
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          {t('mapping.title', { file: file.name })}
        </h2>
        <p id={`${id}-intro`}>{t('mapping.intro')}</p>
        <p className="muted">
          {t('mapping.why', { reason: describeIngestMessage(locale, 'ingestError', reason) })}
        </p>
        {preset && (
          <div className="mapping-preset" data-testid="mapping-preset">
            <p>{t('mapping.presetFits', { name: preset.name })}</p>
            <button
              type="button"
              className="button mapping-primary"
              onClick={() => onLoad(preset.mapping)}
            >
              {t('mapping.presetLoad', { name: preset.name })}
            </button>
          </div>
        )}
        {!layout || !shown ? (
          <p className="muted">{t('mapping.reading')}</p>
        ) : (
          <>
            <div className="mapping-columns">
              <table>
                <caption>{t('mapping.columnsTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('mapping.colColumn')}</th>
                    <th scope="col">{t('mapping.colSamples')}</th>
                  </tr>
                </thead>
                <tbody>
                  {columns.map((column, i) => (
                    <tr key={column}>
                      <th scope="row">{column}</th>
                      <td>{layout.samples.map((row) => row[i] ?? '').join(' · ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <fieldset className="mapping-fields">
              <legend>{t('mapping.fieldsTitle')}</legend>
              {MAPPING_FIELDS.map((field) => (
                <FieldRow
                  key={field}
                  field={field}
                  columns={columns}
                  choice={shown.choices[field]}
                  onChange={(choice) =>
                    change((d) => ({ ...d, choices: { ...d.choices, [field]: choice } }))
                  }
                />
              ))}
              <div className="mapping-field">
                <label htmlFor={`${id}-unit`}>{t('mapping.unit')}</label>
                <select
                  id={`${id}-unit`}
                  value={shown.valueUnit}
                  onChange={(event) => {
                    const valueUnit = event.currentTarget.value as ValueUnit;
                    change((d) => ({ ...d, valueUnit }));
                  }}
                >
                  {(Object.keys(VALUE_UNITS) as ValueUnit[]).map((unit) => (
                    <option key={unit} value={unit}>
                      {t(`mapping.unit.${unit}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="mapping-field">
                <label htmlFor={`${id}-encoding`}>{t('mapping.encoding')}</label>
                <select
                  id={`${id}-encoding`}
                  value={shown.encoding}
                  onChange={(event) => {
                    const value = event.currentTarget.value as UserMapping['encoding'];
                    change((d) => ({ ...d, encoding: value }));
                  }}
                >
                  {ENCODINGS.map((name) => (
                    <option key={name} value={name}>
                      {t(`mapping.encoding.${name}`)}
                    </option>
                  ))}
                </select>
              </div>
            </fieldset>
            <section className="mapping-preview" aria-labelledby={`${id}-preview`}>
              <h3 id={`${id}-preview`}>{t('mapping.previewTitle')}</h3>
              <MappingPreviewPanel
                preview={mapping ? preview : null}
                problem={problem ? draftProblem(t, locale, problem) : null}
              />
            </section>
            <div className="mapping-presets">
              <label htmlFor={`${id}-preset`}>{t('mapping.presetName')}</label>
              <input
                id={`${id}-preset`}
                type="text"
                value={presetName}
                onChange={(event) => setPresetName(event.currentTarget.value)}
              />
              <button
                type="button"
                className="button"
                disabled={!mapping || presetName.trim() === ''}
                onClick={() => {
                  if (!mapping) return;
                  const name = presetName.trim();
                  savePreset({ name, header: layout.detection.header, mapping });
                  setNotice(t('mapping.saved', { name }));
                }}
              >
                {t('mapping.savePreset')}
              </button>
              <button
                type="button"
                className="button"
                disabled={!mapping}
                onClick={() =>
                  mapping &&
                  downloadText(
                    mappingToJson(mapping),
                    `${presetName.trim() || 'mapping'}.json`,
                    MEDIA_TYPES.json,
                  )
                }
              >
                {t('mapping.export')}
              </button>
              <button type="button" className="button" onClick={() => importRef.current?.click()}>
                {t('mapping.import')}
              </button>
              <input
                ref={importRef}
                type="file"
                accept=".json,application/json"
                hidden
                data-testid="mapping-import"
                onChange={(event) => {
                  const chosen = event.currentTarget.files?.[0];
                  event.currentTarget.value = '';
                  if (chosen) void importMapping(chosen);
                }}
              />
            </div>
            <p role="status" className="mapping-notice">
              {notice}
            </p>
            <p className="muted mapping-cli">{t('mapping.cli')}</p>
          </>
        )}
        <div className="mapping-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('mapping.cancel')}
          </button>
          <button
            type="button"
            className="button mapping-primary"
            disabled={!mapping || Boolean(previewProblem)}
            onClick={() => mapping && onLoad(mapping)}
          >
            {t('mapping.load')}
          </button>
        </div>
      </section>
    </div>,
    document.body,
  );
}
