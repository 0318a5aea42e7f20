import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS } from './catalog.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the error catalog', () => {
  it.each(Object.entries(ERRORS))(
    '%s: a snake_case code, an error status, a sentence',
    (code, { status, message }) => {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
      expect(message).toMatch(/^[A-Z].*\.$/);
    },
  );

  it.each(Object.entries(ERRORS))('%s is documented in the README with its status', (code, { status }) => {
    const row = readme.split('\n').find((line) => line.includes(`\`${code}\``) && line.startsWith('| `'));
    expect(row, `README has no row for ${code}`).toBeDefined();
    expect(row).toMatch(new RegExp(`\\|\\s*${status}\\s*\\|$`));
  });
});
