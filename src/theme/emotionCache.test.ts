import { createEmotionCache, CSP_NONCE_PLACEHOLDER, readCspNonce } from './emotionCache';

function pageWithNonce(nonce?: string): Document {
  const page = document.implementation.createHTMLDocument();
  if (nonce !== undefined) {
    const meta = page.createElement('meta');
    meta.setAttribute('property', 'csp-nonce');
    meta.setAttribute('nonce', nonce);
    page.head.append(meta);
  }
  return page;
}

describe('the CSP nonce for emotion', () => {
  it('is the one nginx wrote into the page', () => {
    expect(readCspNonce(pageWithNonce('3f2a9c'))).toBe('3f2a9c');
  });

  it('is absent where no server replaced the build placeholder, or there is no meta', () => {
    expect(readCspNonce(pageWithNonce(CSP_NONCE_PLACEHOLDER))).toBeUndefined();
    expect(readCspNonce(pageWithNonce())).toBeUndefined();
  });

  it('goes on every <style> the cache inserts', () => {
    expect(createEmotionCache('3f2a9c').nonce).toBe('3f2a9c');
    expect(createEmotionCache(undefined).nonce).toBeUndefined();
  });
});
