import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { LoadError } from '../../src/data/load-error';
import { fetchBlob } from '../../src/data/load-parquet';

/** A server that promises `promised` bytes, sends `sent` of them and hangs up. */
function serve(promised: number, sent: number): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Length': promised });
    response.write(Buffer.alloc(sent, 7), () => response.destroy());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

describe('fetchBlob', () => {
  let server: Server | null = null;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  it('returns every byte the server promised, and reports them as they arrive', async () => {
    server = await serve(5000, 5000);
    const seen: [number, number | null][] = [];
    const blob = await fetchBlob(urlOf(server), (loaded, total) => seen.push([loaded, total]));
    expect(blob.size).toBe(5000);
    expect(seen.at(-1)).toEqual([5000, 5000]);
  });

  it('says the transfer broke off, and after how many bytes, when the server hangs up early', async () => {
    server = await serve(5000, 1200);
    const error = await fetchBlob(urlOf(server), () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).key).toBe('error.transferBroken');
    expect((error as LoadError).params).toEqual({ loaded: 1200 });
  });

  it('says the server could not be reached when nothing answers', async () => {
    server = await serve(1, 1);
    const url = urlOf(server);
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = null;
    const error = await fetchBlob(url, () => undefined).catch((e: unknown) => e);
    expect((error as LoadError).key).toBe('error.unreachable');
  });
});
