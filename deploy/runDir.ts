/** Helpers for the temporary nginx prefix of deploy/nginxStack.ts. */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  cpSync,
  openSync,
  readdirSync,
  readSync,
  statSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The directory nginx serves: dist/ itself, or a world-readable copy in `runDir` when asked for
 * (`snapshot`) or when nginx's workers could not read dist/. Started by root, nginx runs its
 * workers as an unprivileged user (nobody), who cannot read a checkout under /root; started by
 * anyone else, the workers are that user.
 */
export function servedDist(distDir: string, runDir: string, snapshot = false): string {
  const workersCanRead = process.getuid?.() !== 0 || readableByOthers(distDir);
  if (workersCanRead && !snapshot) return distDir;
  const copy = join(runDir, 'dist');
  cpSync(distDir, copy, { recursive: true, dereference: true });
  openUp(copy);
  return copy;
}

function readableByOthers(dir: string): boolean {
  if ((statSync(dir).mode & 0o005) !== 0o005) return false;
  for (let parent = dirname(dir); ; parent = dirname(parent)) {
    if ((statSync(parent).mode & 0o001) === 0) return false;
    if (parent === dirname(parent)) return true;
  }
}

function openUp(path: string): void {
  const directory = statSync(path).isDirectory();
  chmodSync(path, directory ? 0o755 : 0o644);
  if (directory) for (const entry of readdirSync(path)) openUp(join(path, entry));
}

/** A one-day certificate for 127.0.0.1, for exercising site-tls.conf locally. */
export function selfSignedCertificate(runDir: string): { TLS_CERT: string; TLS_KEY: string } {
  const cert = join(runDir, 'tls-cert.pem');
  const key = join(runDir, 'tls-key.pem');
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'],
      ...['-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
      ...['-keyout', key, '-out', cert],
    ],
    { stdio: 'ignore' },
  );
  return { TLS_CERT: cert, TLS_KEY: key };
}

/** Passes on what is appended to `file` (created empty here) until the returned stop is called. */
export function follow(file: string, write: (chunk: Buffer) => void): () => void {
  writeFileSync(file, '');
  let offset = 0;
  const watcher = watch(file, () => {
    const size = statSync(file).size;
    if (size <= offset) return;
    const chunk = Buffer.alloc(size - offset);
    const fd = openSync(file, 'r');
    readSync(fd, chunk, 0, chunk.length, offset);
    closeSync(fd);
    offset = size;
    write(chunk);
  });
  return () => watcher.close();
}
