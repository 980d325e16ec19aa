/**
 * The production build served by `vite preview` on a free loopback port, for the measuring
 * scripts. It runs in its own process group, so stopping it also stops the node process npx
 * started; --bypass-lock, so it neither waits for nor blocks a preview someone else runs
 * (Playwright's, say). It stops when this process exits, however it exits.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from './freePort.ts';

export interface PreviewServer {
  origin: string;
  stop: () => void;
}

export async function startPreview(outDir = 'dist'): Promise<PreviewServer> {
  if (!existsSync(`${outDir}/index.html`)) {
    console.error(`${outDir}/ is missing: run \`npm run build\` first`);
    process.exit(2);
  }
  const port = await freePort();
  const preview = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--bypass-lock',
    ],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      if (preview.pid && preview.exitCode === null) process.kill(-preview.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(1));

  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fetch(origin);
      return { origin, stop };
    } catch {
      if (attempt > 300) {
        stop();
        throw new Error('vite preview did not start');
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
