import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { SignInPage } from './pages/SignInPage.ts';

const CYRILLIC = /[А-Яа-яЁё]/;
const visibleText = (page: Page) => page.locator('body').innerText();

test.describe('Language on a browser set to English', () => {
  test.use({ locale: 'en-US' });

  test('the first visit follows the browser language', async ({ page }) => {
    const signIn = new SignInPage(page, 'en-US');
    await signIn.goTo();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    expect(await visibleText(page)).not.toMatch(CYRILLIC);
  });
});

test.describe('Language', () => {
  test('switching on the sign-in page changes every visible string and survives a reload', async ({
    page,
  }) => {
    const signIn = new SignInPage(page);
    await signIn.goTo();
    await signIn.switchLanguage('English', 'en-US');

    await expect(signIn.submitButton).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    expect(await visibleText(page)).not.toMatch(CYRILLIC);

    await page.reload();
    await expect(signIn.submitButton).toBeVisible();
    expect(await visibleText(page)).not.toMatch(CYRILLIC);
  });

  test('switching in the shell changes every visible string and survives a reload', async ({
    page,
  }) => {
    const signIn = new SignInPage(page);
    await signIn.goTo();
    await signIn.signIn('admin@example.ru', 'admin');
    const shell = new AppShell(page);
    await shell.expectSection('users');
    // The Tenants page shows only Latin data (ids, domains): any Cyrillic left would be UI text.
    await shell.openSection('tenants');

    await shell.switchLanguage('English', 'en-US');
    await shell.expectSection('tenants');
    expect(await visibleText(page)).not.toMatch(CYRILLIC);

    await page.reload();
    await shell.expectSection('tenants');
    expect(await visibleText(page)).not.toMatch(CYRILLIC);

    await shell.switchLanguage('Русский', 'ru-RU');
    await shell.expectSection('tenants');
    await expect(shell.menuItem('resourceGroups')).toHaveText('Группы ресурсов');
  });
});
