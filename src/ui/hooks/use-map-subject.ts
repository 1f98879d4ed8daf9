import { useMemo, useState } from 'react';
import { CAMERA_PRESETS, OPENING_BOUNDS, type CameraPreset } from '../../map/camera';
import type { MapSubject } from '../MapView';

/**
 * What the camera frames: the preset last chosen (or the opening view), or the corridor last
 * selected. A briefing frames its step's preset again at every step, beside that step's caption.
 */
export function useMapSubject(
  camera: CameraPreset | null,
  corridor: MapSubject | null,
  step: string | null,
): MapSubject {
  const [last, setLast] = useState({ camera, corridor: corridor?.key ?? null, focus: corridor });
  let focus = last.focus;
  if (camera !== last.camera || (corridor?.key ?? null) !== last.corridor) {
    // A newly selected corridor is framed; a new preset takes over from it.
    const selectedNow = corridor !== null && corridor.key !== last.corridor;
    focus = selectedNow ? corridor : camera !== last.camera ? null : last.focus;
    setLast({ camera, corridor: corridor?.key ?? null, focus });
  }
  return useMemo(
    () =>
      focus ?? {
        key: `preset:${camera ?? 'opening'}:${step ?? ''}`,
        bounds: camera ? CAMERA_PRESETS[camera] : OPENING_BOUNDS,
      },
    [focus, camera, step],
  );
}
