import type { Page } from '@playwright/test';
import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { SignInPage } from './pages/SignInPage.ts';

async function signInAsAdmin(page: Page) {
  const signIn = new SignInPage(page);
  await signIn.goTo();
  await signIn.signIn('admin@example.ru', 'admin');
  await new AppShell(page).expectSection('users');
}

test.describe('The session', () => {
  test('survives a reload of the tab', async ({ page }) => {
    await signInAsAdmin(page);
    const shell = new AppShell(page);
    await shell.openSection('resourceGroups');

    await page.reload();

    await shell.expectSection('resourceGroups');
  });

  test('ends when the tab is closed', async ({ context, page }) => {
    await signInAsAdmin(page);
    await page.close();

    const newTab = await context.newPage();
    await newTab.goto(paths.users('default'));

    await new SignInPage(newTab).expectShown();
  });

  test('signing out in one tab signs out the other', async ({ context, page }) => {
    await signInAsAdmin(page);
    const otherTab = await context.newPage();
    await signInAsAdmin(otherTab);

    await new AppShell(page).signOut();

    await new SignInPage(page).expectShown();
    await new SignInPage(otherTab).expectShown();
    await otherTab.reload();
    await new SignInPage(otherTab).expectShown();
  });

  test('no token ever reaches localStorage, cookies or a URL', async ({ context, page }) => {
    const tokens: string[] = [];
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    page.on('response', async (response) => {
      if (response.url().endsWith('/v2/auth') && response.ok()) {
        const body = (await response.json()) as { access_token: string; refresh_token: string };
        tokens.push(body.access_token, body.refresh_token);
      }
    });

    await signInAsAdmin(page);
    const shell = new AppShell(page);
    await shell.openSection('mailingLists');
    await page.reload();
    await shell.expectSection('mailingLists');
    await shell.openSection('users');

    // Sign-in and the renewal after the reload each issued a pair.
    expect(tokens.length).toBeGreaterThanOrEqual(4);
    const localStorageDump = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    const cookies = JSON.stringify(await context.cookies());
    const addresses = [...urls, page.url()].join('\n');
    for (const token of tokens) {
      expect(localStorageDump).not.toContain(token);
      expect(cookies).not.toContain(token);
      expect(addresses).not.toContain(token);
    }
  });
});
