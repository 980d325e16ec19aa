/**
 * Finds the installed nginx and renders deploy/nginx/ into a runnable configuration. The
 * templates hold `{{NAME}}` placeholders (listed at the top of each file); an operator fills the
 * same ones by hand (deploy/README.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiPrefixes } from '../src/config/paths.ts';

const templateDir = fileURLToPath(new URL('./nginx/', import.meta.url));

export interface NginxInstall {
  binary: string;
  /** Where its dynamic modules live (Debian: /usr/lib/nginx/modules). */
  modulesDir: string;
  mimeTypes: string;
}

/** The site files: plain HTTP (local runs, behind a TLS balancer) or HTTPS with a redirect. */
export type Site = 'site-http.conf' | 'site-tls.conf';

/** nginx from NGINX_BIN, the PATH, or the sbin directories a non-root PATH often lacks. */
export function findNginx(env: NodeJS.ProcessEnv = process.env): NginxInstall {
  const candidates = env.NGINX_BIN
    ? [env.NGINX_BIN]
    : ['nginx', '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];
  for (const binary of candidates) {
    const probe = spawnSync(binary, ['-V'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) continue;
    // `nginx -V` prints its build options, which say where its files are, on stderr.
    const option = (name: string) => probe.stderr.match(new RegExp(`--${name}=(\\S+)`))?.[1];
    const prefix = option('prefix') ?? '/usr/local/nginx';
    const confPath = option('conf-path') ?? join(prefix, 'conf/nginx.conf');
    const mimeTypes = join(dirname(confPath), 'mime.types');
    if (!existsSync(mimeTypes)) throw new Error(`${binary}: no mime.types beside ${confPath}`);
    return { binary, modulesDir: option('modules-path') ?? join(prefix, 'modules'), mimeTypes };
  }
  throw new Error(
    'nginx was not found: install it (Debian: apt-get install nginx, as .ci/run does) or set NGINX_BIN',
  );
}

/** `/`, `/admin/`, `/a/b/`: the panel's URL path with both slashes; `admin` is accepted too. */
export function normaliseBasePath(value = '/'): string {
  const path = `/${value}/`.replace(/\/{2,}/g, '/');
  const segments = path.split('/').filter(Boolean);
  if (!/^[\w./~-]+$/.test(path) || segments.some((segment) => /^\.+$/.test(segment))) {
    throw new Error(`BASE_PATH must be a URL path such as /admin/, got "${value}"`);
  }
  // nginx proxies these prefixes to PBM at the origin root: the panel cannot live below them.
  if (apiPrefixes.some((prefix) => path.startsWith(`${prefix}/`))) {
    throw new Error(`BASE_PATH ${path} lies under a PBM API prefix (${apiPrefixes.join(', ')})`);
  }
  return path;
}

/** PBM_UPSTREAM (`http://host:port`) as an nginx `server` address. */
export function upstreamServer(upstream: string): string {
  let url: URL;
  try {
    url = new URL(upstream);
  } catch {
    throw new Error(
      `PBM_UPSTREAM must be a URL such as http://pbm.internal:8080, got "${upstream}"`,
    );
  }
  if (url.protocol !== 'http:') {
    throw new Error(
      `PBM_UPSTREAM must be http:// (PBM over TLS: deploy/README.md), got ${upstream}`,
    );
  }
  if (url.pathname !== '/' || url.search || url.username) {
    throw new Error(
      `PBM_UPSTREAM is an origin only: PBM's paths are kept as they are (${upstream})`,
    );
  }
  return url.port ? url.host : `${url.host}:80`;
}

/** Fills `{{NAME}}` placeholders; a placeholder without a value is an error, not an empty string. */
export function renderTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{([A-Z_]+)\}\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for the nginx placeholder {{${name}}}`);
    return value;
  });
}

/** `load_module` lines for the brotli modules this nginx has (none: gzip only). */
export function brotliModules(install: NginxInstall): string[] {
  return ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so']
    .map((file) => join(install.modulesDir, file))
    .filter((file) => existsSync(file));
}

export interface RenderOptions {
  install: NginxInstall;
  /** The temporary prefix: conf/, logs and temp files go below it. */
  runDir: string;
  site: Site;
  /** Values of the site's and panel.conf's placeholders (BASE_PATH, WEB_ROOT, LISTEN, …). */
  values: Record<string, string>;
  accessLog: string;
}

/** Writes the rendered configuration to `<runDir>/conf/` and returns the top-level file. */
export function renderNginxConfig({ install, runDir, site, values, accessLog }: RenderOptions) {
  const confDir = join(runDir, 'conf');
  mkdirSync(confDir, { recursive: true });
  const modules = brotliModules(install);
  const all: Record<string, string> = {
    ...values,
    CONF_DIR: confDir,
    RUN_DIR: runDir,
    SITE: site,
    MIME_TYPES: install.mimeTypes,
    ACCESS_LOG: accessLog,
    LOAD_MODULES: modules.map((file) => `load_module ${file};`).join('\n') || '# (no brotli)',
    BROTLI: modules.some((file) => file.includes('filter'))
      ? `include ${confDir}/brotli.conf;`
      : '# brotli module not installed: gzip only',
  };
  const otherSite = site === 'site-http.conf' ? 'site-tls.conf' : 'site-http.conf';
  for (const file of readdirSync(templateDir)) {
    const target = file.replace(/\.template$/, '');
    if (target === otherSite) continue;
    const text = readFileSync(join(templateDir, file), 'utf8');
    writeFileSync(join(confDir, target), file === target ? text : renderTemplate(text, all));
  }
  return join(confDir, 'nginx.conf');
}
