import createCache, { type EmotionCache } from '@emotion/cache';

/**
 * What the built index.html holds where nginx writes each response's nonce
 * (`html.cspNonce` in vite.config.ts, `sub_filter` in deploy/nginx/panel.conf.template). Where no
 * server replaces it (dev server, `vite preview`, tests) it is no nonce at all and is ignored.
 */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** The nonce this page's Content-Security-Policy allows for <style> elements, if it has one. */
export function readCspNonce(doc: Document = document): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  // The property, as Vite's own loader reads it: browsers blank the attribute once a CSP applies.
  const nonce = meta?.nonce || meta?.getAttribute('nonce');
  return nonce && nonce !== CSP_NONCE_PLACEHOLDER ? nonce : undefined;
}

/**
 * Emotion's cache for MUI. Under a strict CSP every <style> element emotion inserts must carry the
 * page's nonce; without one this is the cache emotion would create by itself.
 */
export function createEmotionCache(nonce = readCspNonce()): EmotionCache {
  return createCache(nonce ? { key: 'css', nonce } : { key: 'css' });
}
