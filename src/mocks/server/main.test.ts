// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../../scripts/freePort.ts';

// `npm run mock-server` runs this file with Node's own TypeScript support: no build step.
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGTERM');
});

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env } });
  children.push(child);
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const url = /PBM mock listening on (\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  // A start that is expected to fail never awaits `listening`: its rejection is not an error.
  listening.catch(() => undefined);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, listening, exited, output: () => output };
}

describe('npm run mock-server (src/mocks/server/main.ts)', () => {
  it('listens where PORT says, answers /v2/auth and stops on SIGTERM', async () => {
    const port = await freePort();
    const server = start({ PORT: String(port), PBM_ACCESS_TOKEN_TTL: '60' });
    const url = await server.listening;
    expect(url).toBe(`http://127.0.0.1:${port}`);
    const response = await fetch(`${url}/v2/auth`, {
      method: 'POST',
      body: new URLSearchParams({ login: 'admin', password: 'admin' }),
    });
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.expire - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(60);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('refuses nonsense settings with a clear message and exit code 1', async () => {
    const server = start({ PORT: '0', PBM_ALLOWED_SUBNETS: '10.0.0.0/99' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/PBM_ALLOWED_SUBNETS: invalid subnet "10.0.0.0\/99"/);
  });
});
