import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A MUI surface (menu, dialog) drawn with its theme styles: they come from <style> elements that
 * emotion inserts at run time, which the CSP admits only with the page's nonce.
 */
export async function expectStyledSurface(surface: Locator) {
  await expect(surface).toBeVisible();
  const style = await surface.evaluate((element) => {
    const computed = getComputedStyle(element);
    return {
      background: computed.backgroundColor,
      shadow: computed.boxShadow,
      radius: computed.borderRadius,
    };
  });
  expect(style.background).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
  expect(style.shadow).not.toBe('none');
  expect(style.radius).not.toBe('0px');
}

/** Every <style> emotion inserted carries a nonce, and they are not empty. */
export async function expectNoncedStyles(page: Page) {
  const styles = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLStyleElement>('style[data-emotion]')].map((style) => ({
      nonce: style.nonce,
      rules: style.sheet?.cssRules.length ?? 0,
    })),
  );
  expect(styles.length).toBeGreaterThan(0);
  for (const style of styles) expect(style.nonce).toMatch(/^[0-9a-f]{32}$/);
  expect(styles.reduce((sum, style) => sum + style.rules, 0)).toBeGreaterThan(0);
}
