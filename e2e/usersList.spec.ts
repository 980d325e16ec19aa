import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { UsersListPage } from './pages/UsersListPage.ts';
import { text, type Language } from './strings.ts';

async function signInToUsers(page: Page, language: Language = 'ru-RU') {
  const signIn = new SignInPage(page, language);
  await signIn.goTo();
  await signIn.signIn('admin@example.ru', 'admin');
  await new AppShell(page, language).expectSection('users');
  return new UsersListPage(page, language);
}

/** Creates a user through PBM's own API (guide 3.3.2), as a script of the admin's would. */
async function createUserByApi(
  request: APIRequestContext,
  apiUrl: string,
  user: { mail: string; cn: string; sn: string },
) {
  const auth = await request.post(`${apiUrl}/v2/auth`, {
    multipart: { login: 'admin@example.ru', password: 'admin' },
  });
  const { access_token: token } = (await auth.json()) as { access_token: string };
  const created = await request.put(`${apiUrl}/v2/users/default/${encodeURIComponent(user.mail)}`, {
    headers: { Authorization: `Bearer ${token}` },
    multipart: { userPassword: 'Secret-123', employeeNumber: '2', cn: user.cn, sn: user.sn },
  });
  expect(created.ok()).toBe(true);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('the control cannot be reached with the keyboard');
}

const XSS_NAME = '<img src=x onerror=alert(1)>';
const FORMULA_NAME = '=HYPERLINK("x")';

test.describe('The users list', () => {
  test('blocks three users at once and reports each, keeping the one that failed selected', async ({
    page,
    pbm,
  }) => {
    const users = await signInToUsers(page);
    const mails = [
      'aleksandr.borisov@test.ru',
      'aleksandr.krutoy@example.ru',
      'aleksandr.pavlov@test.ru',
    ];
    // The server fails for one of them.
    await page.route('**/v2/users/default/aleksandr.krutoy*', (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({ status: 500, json: { message: 'internal error' } })
        : route.fallback(),
    );
    await users.selectRows(...mails);
    await expect(users.bulkBar).toContainText(users.t('selection.count_few', { count: 3 }));

    await users.startBulk('block');
    await expect(users.confirmDialog).toContainText(users.t('bulk.block.title_few', { count: 3 }));
    await users.confirmBulk('block');

    for (const mail of [mails[0], mails[2]] as string[]) {
      await expect(users.resultOf('block', mail)).toContainText(users.t('bulk.block.rowDone'));
    }
    await expect(users.resultOf('block', 'aleksandr.krutoy@example.ru')).toContainText(
      users.t('bulk.result.rowFailed', {
        reason: text('ru-RU', 'common', 'errors.server').replace('{{status}}', '500'),
      }),
    );
    await users.closeResult('block');

    await expect(users.row('aleksandr.borisov@test.ru')).toContainText(users.t('status.0'));
    await expect(users.row('aleksandr.pavlov@test.ru')).toContainText(users.t('status.0'));
    await expect(users.row('aleksandr.krutoy@example.ru')).toContainText(users.t('status.1'));
    await expect(users.checkboxOf('aleksandr.borisov@test.ru')).not.toBeChecked();
    await expect(users.checkboxOf('aleksandr.krutoy@example.ru')).toBeChecked();
    await expect(users.bulkBar).toContainText(users.t('selection.count_one', { count: 1 }));
    expect(pbm.store.index.users.get('aleksandr.borisov@test.ru')?.inetUserStatus).toBe(0);
  });

  test('exports every page of the list as a CSV that Excel and LibreOffice read correctly', async ({
    page,
    pbm,
    pbmServer,
    request,
  }) => {
    await createUserByApi(request, pbmServer.url, {
      mail: 'formula@example.ru',
      cn: 'Формула',
      sn: FORMULA_NAME,
    });
    const users = await signInToUsers(page);
    const total = pbm.store.directory('default').mail.users.length;
    await users.expectRange(1, 50, total);

    const download = await users.exportCsv();
    expect(download.suggestedFilename()).toMatch(/^users-default-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());

    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('Email;Имя;Фамилия;Отображаемое имя;Роль;Статус');
    expect(lines).toHaveLength(total + 1);
    expect(lines).toContain(
      'blocked@example.ru;Заблокированный;Сотрудник;;Пользователь;Заблокирован',
    );
    expect(lines).toContain(
      `formula@example.ru;Формула;"'=HYPERLINK(""x"")";;Пользователь;Активен`,
    );
  });

  test('Back returns to the same search, page and order, and a reload keeps them', async ({
    page,
    pbm,
  }) => {
    const users = await signInToUsers(page);
    const matches = pbm.store
      .directory('default')
      .mail.users.filter((user) => user.mail.includes('example.ru')).length;
    await users.search('example.ru');
    await users.sortBy('sn');
    await users.sortBy('sn');
    await users.goToPage('next');
    await users.expectRange(51, 100, matches);
    await expect(users.columnHeader('sn')).toHaveAttribute('aria-sort', 'descending');
    const listUrl = page.url();
    const firstMail = await users.firstRowMail();

    await users.openUser(firstMail);
    await expect(page).toHaveURL((url) => url.pathname === paths.user('default', firstMail));
    await page.goBack();

    await expect(page).toHaveURL(listUrl);
    await users.expectRange(51, 100, matches);
    await expect(users.searchField).toHaveValue('example.ru');
    expect(await users.firstRowMail()).toBe(firstMail);

    await page.reload();
    await users.expectRange(51, 100, matches);
    await expect(users.columnHeader('sn')).toHaveAttribute('aria-sort', 'descending');
    await expect(users.searchField).toHaveValue('example.ru');
    expect(await users.firstRowMail()).toBe(firstMail);

    await page.goBack();
    await users.expectRange(1, 50, matches);
  });

  test('names that look like markup or formulas show as text and never run', async ({
    page,
    pbmServer,
    request,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await createUserByApi(request, pbmServer.url, {
      mail: 'xss@example.ru',
      cn: XSS_NAME,
      sn: FORMULA_NAME,
    });
    const users = await signInToUsers(page);
    await users.search('hyperlink');
    await expect(users.row('xss@example.ru')).toContainText(XSS_NAME);
    await expect(users.row('xss@example.ru')).toContainText(FORMULA_NAME);

    await users.selectRows('xss@example.ru');
    await users.startBulk('delete');
    await expect(users.confirmDialog).toContainText(`${XSS_NAME} ${FORMULA_NAME} (xss@example.ru)`);
    await users.confirmDialog
      .getByRole('button', { name: users.t('bulk.delete.button') })
      .press('Escape');
    await users.askToDelete('xss@example.ru', `${XSS_NAME} ${FORMULA_NAME}`);

    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('search, selection, a bulk action and its confirmation work with the keyboard alone', async ({
    page,
    pbm,
  }) => {
    const users = await signInToUsers(page);
    await tabTo(page, users.searchField);
    await page.keyboard.type('Сотрудник');
    await page.keyboard.press('Enter');
    await expect(users.rows).toHaveCount(2);

    await tabTo(page, users.checkboxOf('readonly@example.ru'));
    await page.keyboard.press('Space');
    await expect(users.checkboxOf('readonly@example.ru')).toBeChecked();

    const unblock = users.bulkBar.getByRole('button', { name: users.t('bulk.unblock.button') });
    await tabTo(page, unblock, 'Shift+Tab');
    await page.keyboard.press('Enter');
    const confirm = users.confirmDialog.getByRole('button', {
      name: users.t('bulk.unblock.button'),
    });
    await tabTo(page, confirm);
    await page.keyboard.press('Enter');
    await expect(users.resultOf('unblock', 'readonly@example.ru')).toContainText(
      users.t('bulk.unblock.rowDone'),
    );
    // The result's Close button has the focus.
    await page.keyboard.press('Enter');
    await expect(users.resultDialog('unblock')).toBeHidden();
    // The bulk bar that opened it is gone with the selection: the focus is back on the list.
    await expect(page.getByRole('region', { name: users.t('table.region') })).toBeFocused();
    await expect(users.row('readonly@example.ru')).toContainText(users.t('status.1'));
    expect(pbm.store.index.users.get('readonly@example.ru')?.inetUserStatus).toBe(1);

    await tabTo(page, users.sortButton('sn'), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/orderby=sn/);
    await tabTo(page, users.row('readonly@example.ru').getByRole('link'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(
      (url) => url.pathname === paths.user('default', 'readonly@example.ru'),
    );
  });
});

for (const language of ['ru-RU', 'en-US'] as const) {
  test.describe(`The users list in ${language}`, () => {
    test.use({ locale: language });

    test('has no axe violations, nor has the delete dialog', async ({ page }) => {
      const users = await signInToUsers(page, language);
      await expect(users.rows).toHaveCount(50);
      await users.selectRows('admin@example.ru');
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

      await users.askToDelete('aleksandr.borisov@test.ru', 'Александр Борисов');
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });
  });
}
