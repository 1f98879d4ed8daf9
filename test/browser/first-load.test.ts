import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { criticalJsFiles, MANIFEST_PATH } from '../../scripts/bench/bundle';

// Runs on the production build the browser tests use (`npm run test:browser` builds it first).
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(DIST + MANIFEST_PATH, 'utf8')) as Record<
  string,
  { file: string }
>;

/**
 * The parts of the page its first view can be drawn without: the map itself (maplibre, deck.gl
 * and the layers, fetched beside the first load), and what opens only on demand.
 */
const LATER = [
  'src/ui/MapView.tsx',
  'src/ui/Timeline.tsx',
  'src/ui/Sankey.tsx',
  'src/ui/CorridorDetail.tsx',
  'src/ui/CorridorChart.tsx',
  'src/ui/Methodology.tsx',
  'src/ui/MappingDialog.tsx',
  'src/ui/IngestReport.tsx',
  'src/ui/brief/BriefPlayer.tsx',
  'src/ui/brief/BriefEditor.tsx',
  'src/ui/brief/PresenterView.tsx',
  'src/ui/report/ReportPage.tsx',
  'src/ui/exports/map-png.ts',
  'src/ui/exports/map-video.ts',
];

describe("the page's first load", () => {
  it('leaves out the map and every part opened on demand: each is a chunk of its own', () => {
    const critical = new Set(criticalJsFiles(DIST));
    const chunks = LATER.map((source) => manifest[source]?.file);
    expect(chunks.every((file) => file !== undefined)).toBe(true);
    expect(chunks.filter((file) => file !== undefined && critical.has(file))).toEqual([]);
  });
});
