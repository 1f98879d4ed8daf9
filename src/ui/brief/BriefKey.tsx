import { MAP_PALETTES, type MapTheme } from '../../map/theme';
import type { ColorBy } from '../../state/view-state';
import { useI18n } from '../i18n-context';
import { ColorKey, CorridorKey } from '../Legend';

/**
 * The briefing's colour key, in a corner of the map: what the flows' colour means, and the
 * corridors' score colours when the flows show product groups. A caption that speaks of colour
 * ("from yellow to red") can be read against it from the back of the room.
 */
export function BriefKey({ colorBy, theme }: { colorBy: ColorBy; theme: MapTheme }) {
  const { t } = useI18n();
  const palette = MAP_PALETTES[theme];
  return (
    <aside className="legend brief-key" data-testid="brief-key" aria-label={t('legend.title')}>
      <ColorKey colorBy={colorBy} palette={palette} />
      {colorBy === 'tier' && (
        <ul>
          <CorridorKey palette={palette} />
        </ul>
      )}
    </aside>
  );
}
