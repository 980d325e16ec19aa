import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { SignInPage } from './pages/SignInPage.ts';

test.describe('The shell (guide 3.1.1)', () => {
  test.beforeEach(async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goTo();
    await signIn.signIn('admin@example.ru', 'admin');
    await new AppShell(page).expectSection('users');
  });

  test('the main menu opens each section', async ({ page }) => {
    const shell = new AppShell(page);
    await shell.openSection('resourceGroups');
    await shell.openSection('mailingLists');
    await shell.openSection('users');
    await expect(page).toHaveURL(paths.users('default'));
  });

  test('switching the tenant keeps the section and puts the tenant in the URL', async ({
    page,
  }) => {
    const shell = new AppShell(page);
    await shell.openSection('mailingLists');
    await shell.switchTenant('north');

    await expect(page).toHaveURL(paths.mailingLists('north'));
    await shell.expectSection('mailingLists');
  });

  test('the dark theme is remembered across a reload', async ({ page }) => {
    const shell = new AppShell(page);
    await shell.chooseColorMode('dark');
    await shell.expectColorScheme('dark');

    await page.reload();
    await shell.expectColorScheme('dark');

    await shell.chooseColorMode('light');
    await shell.expectColorScheme('light');
  });

  test('an unknown address shows a not-found page with a way back', async ({ page }) => {
    await page.goto('/t/default/no-such-section');
    await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
    await page.getByRole('link', { name: 'На главную' }).click();
    await new AppShell(page).expectSection('users');
  });
});
