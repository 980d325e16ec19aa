import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { UserFormPage } from './pages/UserFormPage.ts';
import { UsersListPage } from './pages/UsersListPage.ts';
import { text, type Language } from './strings.ts';

const usersApi = /\/v2\/users\/default\/[^/?]+$/;

async function signIn(page: Page, language: Language = 'ru-RU') {
  const signInPage = new SignInPage(page, language);
  await signInPage.goTo();
  await signInPage.signIn('admin@example.ru', 'admin');
  await new AppShell(page, language).expectSection('users');
  return new UserFormPage(page, language);
}

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}

test('names that look like markup or formulas are shown as text and never run', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const form = await signIn(page);
  await form.goToNew();
  await form.fillLogin('markup.test');
  await form.fillPasswords('Secret-2026');
  await form.fillDetails({ cn: '<img src=x onerror=alert(1)>', sn: '=HYPERLINK("x")' });
  await form.createButton.click();

  await expect(form.heading).toHaveText('<img src=x onerror=alert(1)> =HYPERLINK("x")');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(form.detailField('cn')).toHaveValue('<img src=x onerror=alert(1)>');

  const list = new UsersListPage(page);
  await list.goTo();
  await list.search('markup.test');
  await expect(list.row('markup.test@example.ru')).toContainText('<img src=x onerror=alert(1)>');
  await expect(list.row('markup.test@example.ru')).toContainText('=HYPERLINK("x")');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a failed save keeps every change and Retry saves it', async ({ page }) => {
  const form = await signIn(page);
  await form.goToProfile('user@example.ru');
  await page.route(usersApi, (route) =>
    route.request().method() === 'PATCH'
      ? route.fulfill({ status: 500, json: { message: 'internal error' } })
      : route.fallback(),
  );
  await form.detailField('title').fill('Руководитель продаж');
  await form.quotaField.fill('1500');
  await form.saveButton.click();
  await expect(form.failureAlert).toBeVisible();
  await expect(form.detailField('title')).toHaveValue('Руководитель продаж');
  await expect(form.quotaField).toHaveValue('1500');

  await page.unroute(usersApi);
  await form.failureAlert.getByRole('button', { name: 'Повторить' }).click();
  await form.expectNotice(form.t('profile.saved'));
  await expect(form.failureAlert).toBeHidden();
  await page.reload();
  await expect(form.detailField('title')).toHaveValue('Руководитель продаж');
});

test('a double click on "Добавить" creates one user', async ({ page }) => {
  const form = await signIn(page);
  await form.goToNew();
  const puts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PUT' && usersApi.test(request.url())) puts.push(request.url());
  });
  await form.fillLogin('double.click');
  await form.fillPasswords('Secret-2026');
  await form.fillDetails({ cn: 'Двойной', sn: 'Щелчок' });
  await form.createButton.dblclick();
  await expect(page).toHaveURL(paths.user('default', 'double.click@example.ru'));
  expect(puts).toHaveLength(1);
});

test('an expired session mid-edit loses nothing', async ({ page, pbm }) => {
  // Short-lived access tokens make the panel renew every second or so.
  pbm.configure({ accessTokenTtl: 3 });
  const form = await signIn(page);
  // In-app navigation only: a reload while the panel renews its token would race the renewal.
  const list = new UsersListPage(page);
  await list.search('user@example.ru');
  await list.openUser('user@example.ru');
  await expect(form.saveButton).toBeVisible();
  await form.detailField('ou').fill('Отдел закупок');
  await form.detailField('l').fill('Казань');

  // From now on PBM refuses to renew the session, as when the refresh token has expired.
  await page.route('**/v2/auth', async (route) => {
    const isRenewal = (route.request().postData() ?? '').includes('refresh_token');
    if (!isRenewal) return route.fallback();
    return route.fulfill({ status: 401, json: { message: 'invalid refresh token' } });
  });
  const reauth = page.getByRole('dialog', { name: text('ru-RU', 'auth', 'reauth.title') });
  await expect(reauth).toBeVisible();

  await page.unroute('**/v2/auth');
  await reauth.getByLabel(/^Пароль/).fill('admin');
  await reauth.getByRole('button', { name: 'Войти' }).click();
  await expect(reauth).toBeHidden();

  await expect(form.detailField('ou')).toHaveValue('Отдел закупок');
  await expect(form.detailField('l')).toHaveValue('Казань');
  await form.saveButton.click();
  await form.expectNotice(form.t('profile.saved'));
  expect(pbm.store.index.users.get('user@example.ru')).toMatchObject({
    ou: 'Отдел закупок',
    l: 'Казань',
  });
});

for (const language of ['ru-RU', 'en-US'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language });

    test('the create and edit forms have no axe violations', async ({ page }) => {
      // Two pages, each loaded and scanned whole.
      test.slow();
      const form = await signIn(page, language);
      await form.goToNew();
      await form.addAliasButton.click();
      await form.createButton.click();
      await expect(form.loginField).toBeFocused();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

      await form.goToProfile('admin@example.ru');
      await expect(form.heading).toHaveText(/Администратор|Administrator/);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });
  });
}

test('the keyboard alone can fill in and submit the create form', async ({ page }) => {
  // Tab by Tab through a long form.
  test.slow();
  const form = await signIn(page);
  await form.goToNew();
  // The login has the focus when the form opens.
  await expect(form.loginField).toBeFocused();
  await page.keyboard.type('keyboard.only');

  await tabTo(page, form.roleSelect);
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: form.t('account.roles.admin') }).press('Enter');
  await expect(form.roleSelect).toContainText(form.t('account.roles.admin'));

  await tabTo(page, form.passwordField);
  await page.keyboard.type('Secret-2026');
  await tabTo(page, form.repeatField);
  await page.keyboard.type('Secret-2026');

  await tabTo(page, form.addAliasButton);
  await page.keyboard.press('Enter');
  await expect(form.aliasField(1)).toBeFocused();
  await page.keyboard.type('kb');

  await tabTo(page, form.detailField('cn'));
  await page.keyboard.type('Клавиатура');
  await tabTo(page, form.detailField('sn'));
  await page.keyboard.type('Одна');

  await tabTo(page, form.createButton);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(paths.user('default', 'keyboard.only@example.ru'));
  await expect(form.aliasField(1)).toHaveValue('kb');
});
