/**
 * The production build behind a real nginx on a loopback port, with PBM behind it: the mock PBM
 * in this process, or the one PBM_UPSTREAM names. Used by `npm run serve:nginx`, the nginx
 * end-to-end tests (e2e-nginx/) and scripts/lighthouse.ts.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createMockHttpServer,
  type MockHttpServer,
  type MockHttpServerOptions,
} from '../src/mocks/server/createMockHttpServer.ts';
import { findNginx, normaliseBasePath, renderNginxConfig, upstreamServer } from './nginxConfig.ts';
import { freePort } from '../scripts/freePort.ts';
import { follow, selfSignedCertificate, servedDist } from './runDir.ts';

export interface NginxStackOptions {
  /** nginx's port on 127.0.0.1; 0 or absent: a free one. */
  port?: number;
  /** The panel's URL path, `/` (default) or e.g. `/admin/`. */
  basePath?: string;
  /** PBM's origin (`http://host:port`); absent: a mock PBM is started in this process. */
  upstream?: string;
  /** Settings of that mock PBM (token lifetimes, allowed subnets, …); it listens on 127.0.0.1:0. */
  mock?: MockHttpServerOptions;
  /** The built panel; default: this repository's dist/. */
  distDir?: string;
  /** Serve a copy taken now, so that a rebuild while tests run cannot change what is served. */
  snapshot?: boolean;
  /** Serve site-tls.conf with a throw-away self-signed certificate instead of site-http.conf. */
  tls?: boolean;
  /** Pass nginx's access and error logs through to this process (else errors are kept quiet). */
  logs?: boolean;
}

export interface NginxStack {
  /** The panel, ending in its base path: `http://127.0.0.1:8090/admin/`. */
  url: string;
  origin: string;
  /** PBM's origin as nginx reaches it. */
  upstream: string;
  /** The built panel as served: dist/, or the copy taken of it. */
  servedDir: string;
  /** The mock PBM when this stack started one. */
  mock?: MockHttpServer;
  /** With `tls`: the plain-HTTP origin that redirects to HTTPS. */
  redirectOrigin?: string;
  /** Settles when nginx exits, with its exit code (0 after a signal or `stop()`). */
  exited: Promise<number | null>;
  /** Stops nginx and the mock PBM and removes the temporary files. Safe to call twice. */
  stop(): Promise<void>;
}

const defaultDist = fileURLToPath(new URL('../dist/', import.meta.url));
const SETPRIV = '/usr/bin/setpriv';

export async function startNginxStack(options: NginxStackOptions = {}): Promise<NginxStack> {
  const basePath = normaliseBasePath(options.basePath);
  const distDir = options.distDir ?? defaultDist;
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir} has no index.html: run \`npm run build\` first`);
  }
  const install = findNginx();
  const runDir = mkdtempSync(join(tmpdir(), 'panel-nginx-'));
  // Started as root, nginx's workers run as an unprivileged user: they must reach these files.
  chmodSync(runDir, 0o755);
  const cleanups: (() => Promise<void> | void)[] = [() => rmSync(runDir, { recursive: true })];
  const cleanUp = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };
  try {
    const mock = options.upstream
      ? undefined
      : await createMockHttpServer({ ...options.mock, host: '127.0.0.1', port: 0 });
    if (mock) cleanups.push(() => mock.close());
    const upstream = mock?.url ?? options.upstream ?? '';
    const port = options.port || (await freePort());
    // Else the readiness check below would be answered by whoever holds the port.
    if (await accepts(port)) throw new Error(`Port ${port} is in use: choose another (PORT=…)`);
    const httpPort = options.tls ? await freePort() : port;
    const scheme = options.tls ? 'https' : 'http';

    const servedDir = servedDist(distDir, runDir, options.snapshot);
    const values: Record<string, string> = {
      BASE_PATH: basePath,
      WEB_ROOT: webRoot(servedDir, runDir, basePath),
      PBM_SERVER: upstreamServer(upstream),
      SERVER_NAME: '127.0.0.1 localhost',
      LISTEN: `127.0.0.1:${port}`,
      TLS_LISTEN: `127.0.0.1:${port}`,
      HTTP_LISTEN: `127.0.0.1:${httpPort}`,
      ...(options.tls ? selfSignedCertificate(runDir) : {}),
    };
    // A file we follow, not /dev/stdout: nginx would reopen that, which fails when our stdout is
    // a socket or belongs to another user.
    const accessLog = join(runDir, 'access.log');
    if (options.logs) cleanups.push(follow(accessLog, (chunk) => process.stdout.write(chunk)));
    const config = renderNginxConfig({
      install,
      runDir,
      site: options.tls ? 'site-tls.conf' : 'site-http.conf',
      values,
      accessLog: options.logs ? accessLog : 'off',
    });

    // Should this process die without stopping nginx (a test worker killed on a timeout), the
    // kernel stops nginx too, where util-linux's setpriv can ask it to.
    const orphanGuard = existsSync(SETPRIV) ? [SETPRIV, '--pdeathsig', 'TERM', '--'] : [];
    const [command, ...args] = [
      ...orphanGuard,
      ...[install.binary, '-p', `${runDir}/`, '-c', config, '-e', 'stderr'],
    ];
    const nginx = spawn(command!, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    nginx.stderr.on('data', (chunk: Buffer) => {
      if (options.logs) process.stderr.write(chunk);
      errors = (errors + chunk.toString()).slice(-4000);
    });
    const exited = new Promise<number | null>((resolve) => nginx.once('exit', resolve));
    cleanups.push(async () => {
      if (nginx.exitCode === null && nginx.signalCode === null) nginx.kill('SIGTERM');
      await exited;
    });

    await untilListening(port, exited, () => errors);
    const origin = `${scheme}://127.0.0.1:${port}`;
    return {
      url: `${origin}${basePath}`,
      origin,
      upstream,
      servedDir,
      mock,
      redirectOrigin: options.tls ? `http://127.0.0.1:${httpPort}` : undefined,
      exited,
      stop: cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** The directory whose `<basePath>` is the panel: dist/ itself at the root, else one holding a link. */
function webRoot(dist: string, runDir: string, basePath: string): string {
  if (basePath === '/') return dist;
  const root = join(runDir, 'www');
  const mountPoint = join(root, basePath.slice(1, -1));
  mkdirSync(join(mountPoint, '..'), { recursive: true, mode: 0o755 });
  symlinkSync(dist, mountPoint);
  return root;
}

/** nginx binds its port before it starts workers, and exits at once when the config is wrong. */
async function untilListening(port: number, exited: Promise<unknown>, errors: () => string) {
  let stopped = false;
  void exited.then(() => (stopped = true));
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (stopped) throw new Error(`nginx could not start:\n${errors()}`);
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port}:\n${errors()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('error', () => resolve(false));
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
  });
}
