import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SAMPLE = 'public/sample/trade-sample.parquet';
/** How much of the file's end the range asks for: as much as the first view asks for, at most. */
const TAIL = 65_536;

/** One answer as it comes off the wire: status, headers and bytes, never decompressed. */
function get(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; bytes: Buffer }>(
    (resolve, reject) => {
      request(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            bytes: Buffer.concat(chunks),
          }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

// `npm run preview` serves the built folder; here it serves `public/`, which the build copies
// as it is, so that no build is needed. Chromium asks for compression on every fetch.
describe('the preview server and the bundled sample', () => {
  let server: PreviewServer;
  let url: string;
  const file = readFileSync(SAMPLE);

  beforeAll(async () => {
    server = await preview({
      preview: { port: 0, host: '127.0.0.1' },
      build: { outDir: 'public' },
      logLevel: 'silent',
    });
    const { port } = server.httpServer.address() as AddressInfo;
    url = `http://127.0.0.1:${port}/sample/trade-sample.parquet`;
  });
  afterAll(() => new Promise<void>((resolve) => server.httpServer.close(() => resolve())));

  it('sends the whole file byte for byte, typed as Parquet and not compressed', async () => {
    const answer = await get(url, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/vnd.apache.parquet');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['content-length']).toBe(String(file.length));
    expect(answer.bytes.equals(file)).toBe(true);
  });

  it('types an answer by its path, not by a data file its query names (`?data=x.parquet`)', async () => {
    // The page's own address names its data this way; `public/` has no page, hence the 404.
    const page = await get(url.replace('/sample/trade-sample.parquet', '/?data=./x.parquet'), {});
    expect(page.headers['content-type']).not.toBe('application/vnd.apache.parquet');
  });

  it('answers a range, as the first view reads the footer, with exactly those bytes', async () => {
    const answer = await get(url, {
      'Accept-Encoding': 'gzip, deflate, br',
      Range: `bytes=${file.length - TAIL}-${file.length - 1}`,
    });
    expect(answer.status).toBe(206);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['content-range']).toBe(
      `bytes ${file.length - TAIL}-${file.length - 1}/${file.length}`,
    );
    expect(answer.bytes.equals(file.subarray(file.length - TAIL))).toBe(true);
    expect(answer.bytes.subarray(-4).toString()).toBe('PAR1');
  });
});
