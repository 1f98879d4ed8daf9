import { useCallback, useMemo, useState } from 'react';
import type { DatasetSource } from '../../data/dataset';
import type { IngestMessage, UserMapping } from '../../data/ingest';
import { offersMapping } from '../../data/ingest/user-mapping';
import { datasetStore, type LoadFailure } from '../../state/dataset-store';

type FilesSource = Extract<DatasetSource, { kind: 'files' }>;

/** A file the ingest did not recognise, for which the user may give a column mapping. */
export interface MappingRequest {
  source: FilesSource;
  file: File;
  reason: IngestMessage;
}

/** The request a failed load makes, if it failed on a table of unknown layout. */
function requestOf(failure: LoadFailure | null): MappingRequest | null {
  if (!failure || failure.source.kind !== 'files') return null;
  const reason = failure.error.detail;
  if (!reason || !offersMapping(reason.code)) return null;
  const { source } = failure;
  const file = source.files.find((f) => f.name === reason.params.file && !source.mappings?.has(f));
  return file ? { source, file, reason } : null;
}

/**
 * When loading the user's files fails on one of no known layout, asks for its column mapping:
 * `load` loads the same files again with it (and with the mappings given before, so that
 * several such files are asked for one after another); `cancel` leaves the data as it was.
 */
export function useMappingRequest(failure: LoadFailure | null, onLoadStart: () => void) {
  const [answered, setAnswered] = useState<LoadFailure | null>(null);
  const request = useMemo(
    () => (failure && failure !== answered ? requestOf(failure) : null),
    [failure, answered],
  );
  const load = useCallback(
    (mapping: UserMapping) => {
      if (!request) return;
      setAnswered(failure);
      onLoadStart();
      const mappings = new Map(request.source.mappings ?? []);
      mappings.set(request.file, mapping);
      void datasetStore.load({ ...request.source, mappings });
    },
    [request, failure, onLoadStart],
  );
  const cancel = useCallback(() => setAnswered(failure), [failure]);
  return { request, load, cancel };
}
