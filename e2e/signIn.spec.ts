import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { SignInPage } from './pages/SignInPage.ts';

test.describe('Signing in (guide 3.1)', () => {
  test('an administrator signs in and lands in Users', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goTo();
    await signIn.signIn('admin@example.ru', 'admin');

    await new AppShell(page).expectSection('users');
    await expect(page).toHaveURL(paths.users('default'));
  });

  test('a logged-out visit to / reaches the sign-in form in one redirect', async ({ page }) => {
    const documentLoads: string[] = [];
    const addresses: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documentLoads.push(request.url());
    });
    page.on('framenavigated', (frame) => {
      const path = new URL(frame.url()).pathname;
      if (frame === page.mainFrame() && addresses.at(-1) !== path) addresses.push(path);
    });
    await page.goto(paths.root());

    await new SignInPage(page).expectShown();
    // One page load, one client-side redirect, and nothing bouncing back and forth.
    expect(documentLoads).toHaveLength(1);
    expect(addresses).toEqual([paths.root(), paths.signIn()]);
  });

  test('an ordinary user (role 2) is refused', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goTo();
    await signIn.signIn('user@example.ru', 'user');
    await signIn.expectFailure('notAdministrator');
  });

  test('a wrong password is refused', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goTo();
    await signIn.signIn('admin@example.ru', 'not-the-password');
    await signIn.expectFailure('wrongCredentials');
    await expect(signIn.loginField).toHaveValue('admin@example.ru');
  });

  test('a blocked account is refused', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goTo();
    await signIn.signIn('blocked@example.ru', 'blocked');
    await signIn.expectFailure('blocked');
  });

  test('an unreachable server is reported as such', async ({ page }) => {
    await page.route('**/v2/auth', (route) => route.abort('connectionrefused'));
    const signIn = new SignInPage(page);
    await signIn.goTo();
    await signIn.signIn('admin@example.ru', 'admin');
    await signIn.expectFailure('unreachable');
  });

  test('a deep link opened while signed out lands there after sign-in', async ({ page }) => {
    await page.goto(paths.mailingLists('default'));
    const signIn = new SignInPage(page);
    await signIn.expectShown();
    await signIn.signIn('admin', 'admin');

    await new AppShell(page).expectSection('mailingLists');
    await expect(page).toHaveURL(paths.mailingLists('default'));
  });
});
