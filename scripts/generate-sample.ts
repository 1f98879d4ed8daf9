/**
 * Writes the bundled sample dataset: `npx tsx scripts/generate-sample.ts [--seed N] [--out path]`.
 * Same seed, same bytes. See data/sample/README.md for the stories it plants.
 */
import { parseSampleArgs } from './sample/args';
import { generateSample } from './sample/generate';

try {
  const { seed, out } = parseSampleArgs(process.argv.slice(2));
  const stats = await generateSample(seed, out);
  const mb = (stats.bytes / 1e6).toFixed(2);
  console.log(
    `${out}: ${stats.rows} rows, ${mb} MB, seed ${seed}, ${(stats.millis / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
