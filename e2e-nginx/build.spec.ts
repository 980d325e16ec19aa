import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

// What nginx serves is dist/ as `npm run build` wrote it: nothing in it may be for tests only.

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

test.describe('The production build', () => {
  test('has no mock PBM, source maps or secrets', ({ stack }) => {
    const files = filesUnder(stack.servedDir);
    expect(files.filter((file) => /\.map$|mockServiceWorker/.test(file))).toEqual([]);
    const markers = [
      // MSW's worker script and its console prefix.
      'mockServiceWorker',
      '[MSW]',
      // The mock's demo accounts and its control endpoints.
      'blocked@example.ru',
      '__mock/',
      'PRIVATE KEY',
    ];
    for (const file of files.filter((name) => /\.(js|html|json)$/.test(name))) {
      const content = readFileSync(file, 'utf8');
      for (const marker of markers) expect(content, `${file}: ${marker}`).not.toContain(marker);
    }
  });

  test('config.json does not ask for the mock', ({ stack }) => {
    const config = JSON.parse(readFileSync(join(stack.servedDir, 'config.json'), 'utf8')) as object;
    expect(config).toMatchObject({ mock: false, apiBaseUrl: '' });
  });
});
