import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLIC_FILES } from '../../src/ui/public-files';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const inPublic = (path: string) => existsSync(new URL(`../../public/${path}`, import.meta.url));

describe('the public folder (copied as it is into the built app)', () => {
  it('holds every file the app reads at run time', () => {
    for (const path of [PUBLIC_FILES.sample, PUBLIC_FILES.countries110m, PUBLIC_FILES.countries50m])
      expect(inPublic(path), path).toBe(true);
    expect(inPublic(`${PUBLIC_FILES.briefings}default.json`)).toBe(true);
  });

  it('has a web app manifest that the page links, opening the folder it is in', () => {
    const html = read('index.html');
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest" />');
    const manifest = JSON.parse(read('public/manifest.webmanifest')) as Record<string, unknown>;
    expect(manifest.name).toBe(/<title>(.+)<\/title>/.exec(html)?.[1]);
    expect(manifest.short_name).toEqual(expect.any(String));
    expect(manifest.start_url).toBe('.');
    expect(manifest.scope).toBe('.');
    expect(manifest.display).toBe('standalone');
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('has its icons in the folder, none from elsewhere', () => {
    const manifest = JSON.parse(read('public/manifest.webmanifest')) as {
      icons: { src: string }[];
    };
    expect(manifest.icons.length).toBeGreaterThan(0);
    for (const { src } of manifest.icons) {
      expect(src).not.toMatch(/^[a-z]+:|^\/\//i);
      expect(inPublic(src), src).toBe(true);
    }
    const icon = /<link rel="icon" href="\/([^"]+)"/.exec(read('index.html'))?.[1] ?? '';
    expect(inPublic(icon), icon).toBe(true);
    expect(read(`public/${icon}`)).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });
});
