import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { startNginxStack } from '../deploy/nginxStack.ts';
import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';

// What curl would see: plain HTTP requests to nginx, no browser.

const nonceOf = (csp: string | undefined) => csp?.match(/'nonce-([^']+)'/)?.[1];

/** The headers every answer carries, pages, assets, errors and PBM's replies alike. */
function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'none'",
    "script-src 'self';",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'none'",
  ]) {
    expect(csp, `${what}: CSP ${directive}`).toContain(directive);
  }
  expect(csp, `${what}: no unsafe sources`).not.toContain('unsafe');
  expect(nonceOf(csp), `${what}: style nonce`).toMatch(/^[0-9a-f]{32}$/);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('no-referrer');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(headers['strict-transport-security'], what).toMatch(/^max-age=\d{8}/);
  // server_tokens off: no version number anywhere.
  expect(headers.server, what).toBe('nginx');
}

/** The entry chunk that index.html loads, e.g. `assets/index-C4x5IKfq.js`. */
async function entryAsset(request: APIRequestContext, indexUrl: string) {
  const html = await (await request.get(indexUrl)).text();
  const src = html.match(/<script[^>]+src="([^"]*assets\/[^"]+\.js)"/)?.[1];
  expect(src, 'index.html loads an asset').toBeDefined();
  return new URL(src!, indexUrl).href;
}

test.describe('HTTP answers of nginx', () => {
  test('every kind of answer carries the security headers', async ({ request, appUrl, stack }) => {
    const answers = {
      'the panel': await request.get(appUrl(paths.root())),
      'a deep link': await request.get(appUrl(paths.users('default'))),
      'an asset': await request.get(await entryAsset(request, appUrl(paths.root()))),
      'a 404': await request.get(appUrl('/no-such-file.js')),
      "PBM's 401": await request.get(`${stack.origin}/resources?tenant-id=default`),
    };
    expect(Object.values(answers).map((answer) => answer.status())).toEqual([
      200, 200, 200, 404, 401,
    ]);
    for (const [what, answer] of Object.entries(answers))
      expectSecurityHeaders(answer.headers(), what);
  });

  test('the style nonce is new for every page load and is the one in the page', async ({
    request,
    appUrl,
  }) => {
    // Compressed as a browser asks for it: the nonce goes in before brotli or gzip.
    const loads = await Promise.all(
      [paths.root(), paths.users('default')].map((path) =>
        request.get(appUrl(path), { headers: { 'accept-encoding': 'br, gzip' } }),
      ),
    );
    const nonces = loads.map((load) => nonceOf(load.headers()['content-security-policy']));
    expect(nonces[0]).not.toBe(nonces[1]);
    for (const [index, load] of loads.entries()) {
      const html = await load.text();
      expect(html).toContain(`<meta property="csp-nonce" nonce="${nonces[index]}">`);
      expect(html).not.toContain('__CSP_NONCE__');
    }
  });

  test('a deep link names its files from the base path, with no <base> element', async ({
    request,
    appUrl,
    basePath,
  }) => {
    const html = await (await request.get(appUrl(paths.users('default')))).text();
    expect(html).not.toContain('<base');
    const fileUrls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(fileUrls).toContain(`${basePath}favicon.svg`);
    expect(fileUrls.filter((url) => url.includes('assets/')).length).toBeGreaterThan(0);
    for (const url of fileUrls) expect(url.startsWith(basePath), url).toBe(true);
  });

  test('the page has the browser fetch config.json along with it', async ({
    request,
    appUrl,
    basePath,
  }) => {
    const page = await request.get(appUrl(paths.users('default')));
    expect(page.headers().link).toBe(
      `<${basePath}config.json>; rel=preload; as=fetch; crossorigin`,
    );
  });

  test('hashed assets are cached for a year, index.html and config.json never', async ({
    request,
    appUrl,
  }) => {
    const asset = await request.get(await entryAsset(request, appUrl(paths.root())));
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of [paths.root(), paths.signIn(), paths.users('default'), '/config.json']) {
      const answer = await request.get(appUrl(path));
      expect(answer.headers()['cache-control'], path).toBe('no-store');
    }
    // A page revalidated by ETag would come back with a stale nonce.
    expect((await request.get(appUrl(paths.root()))).headers().etag).toBeUndefined();
    // An error is never cached as immutable.
    const missing = await request.get(appUrl('/assets/no-such-chunk.js'));
    expect(missing.status()).toBe(404);
    expect(missing.headers()['cache-control']).toBeUndefined();
  });

  test('dotfiles, source maps and sources are 404, not index.html', async ({
    request,
    appUrl,
    stack,
  }) => {
    for (const url of [
      appUrl('/.env'),
      appUrl('/assets/x.js.map'),
      appUrl('/src/main.tsx'),
      appUrl('/.git/config'),
      `${stack.origin}/__mock/reset`,
    ]) {
      const answer = await request.get(url);
      expect(answer.status(), url).toBe(404);
      expect(await answer.text(), url).not.toContain('<div id="root">');
    }
  });

  test('app routes get index.html, and only the API paths reach PBM', async ({
    request,
    appUrl,
    stack,
  }) => {
    // An app route that merely contains "resource" is the panel's, not PBM's.
    const route = await request.get(appUrl(paths.resourceGroups('default')));
    expect(route.status()).toBe(200);
    expect(await route.text()).toContain('<div id="root">');

    for (const path of ['/resources?tenant-id=default', '/maillists?tenant-id=default']) {
      const api = await request.get(`${stack.origin}${path}`);
      expect(api.status(), path).toBe(401);
      expect(await api.json(), path).toEqual({ message: expect.any(String) });
    }
    const auth = await request.post(`${stack.origin}/v2/auth`, {
      form: { login: 'admin@example.ru', password: 'admin' },
    });
    expect(auth.ok()).toBe(true);
    expect(await auth.json()).toHaveProperty('access_token');
  });

  test('the base path without its slash leads to the panel', async ({
    request,
    stack,
    basePath,
  }) => {
    // `/admin` is redirected to `/admin/`; at the root this is the origin itself.
    const answer = await request.get(stack.origin + basePath.replace(/\/$/, ''));
    expect(answer.status()).toBe(200);
    expect(answer.url()).toBe(stack.url);
    expect(await answer.text()).toContain('<div id="root">');
  });

  test('the TLS site redirects plain HTTP and sends HSTS', async ({ basePath }) => {
    const tls = await startNginxStack({ basePath, tls: true, snapshot: true });
    const request = await playwrightRequest.newContext({ ignoreHTTPSErrors: true });
    try {
      const page = await request.get(tls.url);
      expect(page.status()).toBe(200);
      expectSecurityHeaders(page.headers(), 'HTTPS');

      const plain = await request.get(`${tls.redirectOrigin}${basePath}sign-in?x=1`, {
        maxRedirects: 0,
      });
      expect(plain.status()).toBe(301);
      expect(plain.headers().location).toBe(`https://127.0.0.1${basePath}sign-in?x=1`);
    } finally {
      await request.dispose();
      await tls.stop();
    }
  });
});
