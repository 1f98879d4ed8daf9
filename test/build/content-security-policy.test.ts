import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';

describe('the Content-Security-Policy', () => {
  const directives: Record<string, string[]> = Object.fromEntries(
    CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
  );

  it('lets nothing come from or go to another origin', () => {
    for (const name of ['default-src', 'script-src', 'connect-src', 'img-src', 'style-src'])
      expect(directives[name]?.[0], name).toBe("'self'");
    const sources = Object.values(directives).flat();
    expect(sources.filter((s) => /^(https?:|\*|'unsafe-eval')/.test(s))).toEqual([]);
    expect(directives['object-src']).toEqual(["'none'"]);
  });

  it('is the one the README gives hosts that set headers, plus what only a header can say', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const header = /Content-Security-Policy: (.+)/.exec(readme)?.[1];
    expect(header).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
});
