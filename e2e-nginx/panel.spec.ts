import { paths } from '../src/config/paths.ts';
import { AppShell } from '../e2e/pages/AppShell.ts';
import { SignInPage } from '../e2e/pages/SignInPage.ts';
import { UserFormPage } from '../e2e/pages/UserFormPage.ts';
import { UsersListPage } from '../e2e/pages/UsersListPage.ts';
import { text } from '../e2e/strings.ts';
import { expect, test } from './fixtures.ts';
import { NginxTenantsPage } from './pages/NginxTenantsPage.ts';
import { expectNoncedStyles, expectStyledSurface } from './pages/styles.ts';

// Both projects run every story: at the site root and under /admin/, from the same dist/.
// The fixtures fail any test whose tabs log an error or break the CSP.
test.describe('The production build behind nginx', () => {
  test('an administrator signs in, opens each section and signs out', async ({ page, appUrl }) => {
    await page.goto(appUrl(paths.signIn()));
    const signIn = new SignInPage(page);
    await signIn.signIn('admin@example.ru', 'admin');

    const shell = new AppShell(page);
    await shell.expectSection('users');
    await expect(page).toHaveURL(appUrl(paths.users('default')));
    await shell.openSection('resourceGroups');
    await expect(page).toHaveURL(appUrl(paths.resourceGroups('default')));
    await shell.openSection('mailingLists');
    await shell.openSection('users');

    await shell.signOut();
    await signIn.expectShown();
    expect(page.url().startsWith(appUrl(paths.signIn()))).toBe(true);
  });

  test('a deep link opens directly and survives a reload', async ({ page, appUrl }) => {
    await page.goto(appUrl(paths.mailingLists('default')));
    const signIn = new SignInPage(page);
    await signIn.expectShown();
    await signIn.signIn('admin@example.ru', 'admin');
    const shell = new AppShell(page);
    await shell.expectSection('mailingLists');

    await page.reload();
    await shell.expectSection('mailingLists');
    // No test ids in the production markup: nothing that names a user or a list leaks through.
    await expect(page.locator('[data-testid]')).toHaveCount(0);

    await page.goto(appUrl(paths.resourceGroups('default')));
    await shell.expectSection('resourceGroups');
  });

  test('a user is created and deleted through nginx and PBM', async ({ page, appUrl }) => {
    await page.goto(appUrl(paths.signIn()));
    await new SignInPage(page).signIn('admin@example.ru', 'admin');
    await new AppShell(page).expectSection('users');
    const list = new UsersListPage(page);
    const form = new UserFormPage(page);

    await list.newUserButton.click();
    await expect(form.heading).toHaveText(form.t('create.title'));
    await form.fillLogin('nginx.check', 'test.ru');
    await form.fillPasswords('Пароль-2026!');
    await form.fillDetails({ cn: 'Проверка', sn: 'Развёртывания' });
    await form.createButton.click();
    const mail = 'nginx.check@test.ru';
    await expect(page).toHaveURL(appUrl(paths.user('default', mail)));
    await form.expectNotice(form.t('create.done', { mail }));

    await form.actionButton('delete').click();
    await list.confirmDelete('Проверка Развёртывания');
    await expect(page).toHaveURL(appUrl(paths.users('default')));
    await list.search('Развёртывания');
    await list.expectNoRow(mail);
  });

  test('a tenant is created and deleted through nginx and PBM', async ({ page, appUrl }) => {
    await page.goto(appUrl(paths.signIn()));
    await new SignInPage(page).signIn('admin@example.ru', 'admin');
    await new AppShell(page).expectSection('users');
    const tenants = new NginxTenantsPage(page, appUrl);
    await tenants.goTo();

    await tenants.createTenant('nginx-check', 'nginx-check.example.ru');
    await tenants.expectTenant('nginx-check');

    await tenants.openDeleteDialog('nginx-check');
    await tenants.confirmDelete('nginx-check');
    await tenants.expectNoTenant('nginx-check');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await tenants.expectNoTenant('nginx-check');
  });

  test('menus and dialogs are styled under the strict CSP', async ({ page, appUrl }) => {
    await page.goto(appUrl(paths.signIn()));
    const signIn = new SignInPage(page);
    await signIn.expectShown();
    await expectNoncedStyles(page);
    await page.getByRole('button', { name: text('ru-RU', 'common', 'language.change') }).click();
    await expectStyledSurface(page.getByRole('menu').locator('xpath=..'));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();

    await signIn.signIn('admin@example.ru', 'admin');
    await new AppShell(page).expectSection('users');
    const tenants = new NginxTenantsPage(page, appUrl);
    await tenants.goTo();
    await tenants.openCreateDialog();
    await expectStyledSurface(tenants.createDialog);
    await expectNoncedStyles(page);
  });
});
