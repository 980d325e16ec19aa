import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { ResourceGroupsPage } from './pages/ResourceGroupsPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import type { Language } from './strings.ts';

const MOSCOW = 'Переговорные Москва';

async function signInTo(page: Page, path: string, language: Language = 'ru-RU') {
  const signIn = new SignInPage(page, language);
  await signIn.goTo(path);
  await signIn.signIn('admin@example.ru', 'admin');
  const section = new ResourceGroupsPage(page, language);
  await section.expectLoaded();
  return section;
}

test.describe('Resource groups (guide 3.11–3.12)', () => {
  test('an administrator builds a group of rooms, changes it and takes it down', async ({
    page,
    pbm,
  }) => {
    test.slow(); // a long story: eleven steps through PBM
    const section = await signInTo(page, paths.resourceGroups('default'));
    await section.createGroup('Переговорные Казань', 'Офис на Баумана');
    await expect(section.groupLink('Переговорные Казань')).toHaveAttribute('aria-current', 'page');

    await section.addResource('Переговорные Казань', {
      name: 'Переговорная «Ока»',
      login: 'room.oka',
      city: 'Казань',
      description: '2 этаж, 8 мест',
    });
    await section.addResource('Переговорные Казань', {
      name: 'Projector Kazan',
      login: 'projector.kazan',
      domain: 'test.ru',
    });
    await expect(section.groupLink('Переговорные Казань')).toContainText('2 ресурса');

    await section.openEditForm('Переговорная «Ока»');
    const form = section.editResourceForm;
    await expect(section.field(form, 'resourceForm.mailbox')).toHaveValue('room.oka@example.ru');
    await expect(section.field(form, 'resourceForm.group')).toHaveAttribute('readonly', '');
    await section.field(form, 'resourceForm.city').fill('Казань, Баумана 12');
    await section.saveButton(form).click();
    await expect(section.resourceRow('Переговорные Казань', 'Переговорная «Ока»')).toContainText(
      'Казань, Баумана 12',
    );

    await section.deleteResource('Переговорные Казань', 'Projector Kazan');
    expect(pbm.store.index.resources.has('projector.kazan@test.ru')).toBe(false);

    await section.openDeleteGroupDialog('Переговорные Казань');
    await expect(section.deleteGroupDialog('Переговорные Казань')).toContainText(
      'будет удалён 1 входящий в неё ресурс',
    );
    await section.confirmDeleteGroup('Переговорные Казань');
    await expect(section.groupLink('Переговорные Казань')).toHaveCount(0);
    await expect(page.getByText('Переговорная «Ока»')).toHaveCount(0);
    // The resource went with its group: its mailbox is free for a new resource.
    expect(pbm.store.index.resources.has('room.oka@example.ru')).toBe(false);
    await section.openGroup(MOSCOW);
    await section.addResource(MOSCOW, { name: 'Ока', login: 'room.oka' });
  });

  test('a taken group name and a taken mailbox are shown on their fields', async ({ page }) => {
    const section = await signInTo(page, paths.resourceGroup('default', MOSCOW));

    await section.openNewGroupForm();
    await section.fillGroupForm('оборудование');
    await section.saveButton(section.groupForm).click();
    await section.expectFieldError(
      section.field(section.groupForm, 'groupForm.name'),
      section.t('validation.groupTaken'),
    );
    await section.groupLink(MOSCOW).click();
    await page
      .getByRole('dialog', { name: section.t('unsaved.title', {}, 'common') })
      .getByRole('button', { name: section.t('unsaved.leave', {}, 'common') })
      .click();
    await expect(section.groupHeading(MOSCOW)).toBeVisible();

    const taken = section.t('validation.server.taken', {}, 'common');
    const address = section.field(section.newResourceForm, 'resourceForm.address');
    await section.openNewResourceForm();
    await section.fillResourceForm({ name: 'Байкал-2', login: 'room.baikal' });
    await section.saveButton(section.newResourceForm).click();
    await section.expectFieldError(address, taken);

    // A resource mailbox cannot take a user's address (admin@example.ru).
    await address.fill('admin');
    await section.saveButton(section.newResourceForm).click();
    await section.expectFieldError(address, taken);
    await expect(section.field(section.newResourceForm, 'resourceForm.name')).toHaveValue(
      'Байкал-2',
    );
  });

  test('the URL keeps the chosen group across a reload', async ({ page }) => {
    const section = await signInTo(page, paths.resourceGroups('default'));
    await section.openGroup('Оборудование');
    await expect(page).toHaveURL(paths.resourceGroup('default', 'Оборудование'));
    await page.reload();
    await section.expectLoaded();
    await expect(section.groupHeading('Оборудование')).toBeVisible();
    await expect(section.groupLink('Оборудование')).toHaveAttribute('aria-current', 'page');
    await expect(section.resourceRow('Оборудование', 'Проектор Epson')).toBeVisible();
  });

  test('an expired session mid-edit asks to sign in again and keeps the form', async ({
    page,
    pbm,
  }) => {
    // Short-lived access tokens make the panel renew every few seconds.
    pbm.configure({ accessTokenTtl: 3 });
    const section = await signInTo(page, paths.resourceGroup('default', MOSCOW));
    await section.openNewResourceForm();
    await section.fillResourceForm({
      name: 'Переговорная «Ока»',
      login: 'room.oka',
      city: 'Калуга',
    });

    // From now on PBM refuses to renew the session, as when the refresh token has expired.
    await page.route('**/v2/auth', async (route) => {
      const isRenewal = (route.request().postData() ?? '').includes('refresh_token');
      if (!isRenewal) return route.fallback();
      return route.fulfill({ status: 401, json: { message: 'invalid refresh token' } });
    });
    const reauth = page.getByRole('dialog', { name: section.t('reauth.title', {}, 'auth') });
    await expect(reauth).toBeVisible();
    await page.unroute('**/v2/auth');
    await reauth.getByLabel(new RegExp(`^${section.t('password', {}, 'auth')}`)).fill('admin');
    await reauth.getByRole('button', { name: section.t('signIn', {}, 'auth') }).click();
    await expect(reauth).toBeHidden();

    await expect(section.field(section.newResourceForm, 'resourceForm.city')).toHaveValue('Калуга');
    await section.saveButton(section.newResourceForm).click();
    await expect(section.resourceRow(MOSCOW, 'Переговорная «Ока»')).toBeVisible();
  });

  test('the keyboard alone does the whole flow', async ({ page, pbm }) => {
    test.slow(); // a long story, one key at a time
    const signIn = new SignInPage(page);
    await signIn.goTo(paths.resourceGroups('default'));
    const section = new ResourceGroupsPage(page);
    const keys = page.keyboard;
    await section.tabTo(signIn.loginField);
    await keys.type('admin@example.ru');
    await section.tabTo(signIn.passwordField);
    await keys.type('admin');
    await keys.press('Enter');
    await section.expectLoaded();

    await section.tabTo(section.newGroupButton);
    await keys.press('Enter');
    await expect(section.field(section.groupForm, 'groupForm.name')).toBeFocused();
    await keys.type('Склад');
    await keys.press('Enter');
    await expect(section.groupHeading('Склад')).toBeVisible();

    await section.tabTo(section.newResourceButton);
    await keys.press('Enter');
    await expect(section.field(section.newResourceForm, 'resourceForm.name')).toBeFocused();
    await keys.type('Стремянка');
    await keys.press('Tab');
    await keys.type('ladder');
    await keys.press('Tab');
    await keys.press('Enter');
    await page.getByRole('option', { name: 'test.ru' }).waitFor();
    await keys.press('ArrowDown');
    await keys.press('Enter');
    await section.tabTo(section.field(section.newResourceForm, 'resourceForm.city'));
    await keys.type('Самара');
    await keys.press('Enter');
    await expect(section.resourceRow('Склад', 'Стремянка')).toBeVisible();
    expect(pbm.store.index.resources.get('ladder@test.ru')?.l).toBe('Самара');

    await section.tabTo(section.editButton('Стремянка'));
    await keys.press('Enter');
    await section.tabTo(section.field(section.editResourceForm, 'resourceForm.city'));
    await keys.press('ControlOrMeta+A');
    await keys.type('Тольятти');
    await keys.press('Enter');
    await expect(section.resourceRow('Склад', 'Стремянка')).toContainText('Тольятти');

    await section.tabTo(section.deleteResourceButton('Стремянка'));
    await keys.press('Enter');
    await expect(section.deleteResourceDialog('Стремянка')).toBeVisible();
    await keys.press('Tab');
    await keys.press('Enter');
    await expect(section.resourceRow('Склад', 'Стремянка')).toHaveCount(0);

    await section.tabTo(section.deleteGroupButton('Склад'));
    await keys.press('Enter');
    await expect(section.deleteGroupDialog('Склад')).toBeVisible();
    await keys.press('Tab');
    await keys.press('Enter');
    await expect(page).toHaveURL(paths.resourceGroups('default'));
    await expect(section.groupLink('Склад')).toHaveCount(0);
    expect(pbm.store.state.groups.some((group) => group.groupname === 'Склад')).toBe(false);
  });
});

const languages: Language[] = ['ru-RU', 'en-US'];

for (const language of languages) {
  test.describe(`Resource groups accessibility in ${language}`, () => {
    test.use({ locale: language });

    const expectNoViolations = async (page: Page) => {
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    };

    test('the section and both delete dialogs have no axe violations', async ({ page }) => {
      const section = await signInTo(page, paths.resourceGroup('default', MOSCOW), language);
      await expect(section.resourcesTable(MOSCOW)).toBeVisible();
      await expectNoViolations(page);

      const room = 'Переговорная «Волга»';
      await section.deleteResourceButton(room).click();
      await expect(section.deleteResourceDialog(room)).toBeVisible();
      await expectNoViolations(page);
      await page.keyboard.press('Escape');
      await expect(section.deleteResourceDialog(room)).toBeHidden();

      await section.openDeleteGroupDialog(MOSCOW);
      await expectNoViolations(page);
    });

    test('the group and resource forms have no axe violations', async ({ page }) => {
      test.slow(); // three forms, each checked with its errors showing
      const section = await signInTo(page, paths.resourceGroup('default', MOSCOW), language);
      await section.openNewGroupForm();
      await section.saveButton(section.groupForm).click();
      await expect(section.field(section.groupForm, 'groupForm.name')).toBeFocused();
      await expectNoViolations(page);

      await section.openGroup(MOSCOW);
      await section.openNewResourceForm();
      await section.saveButton(section.newResourceForm).click();
      await expect(section.field(section.newResourceForm, 'resourceForm.name')).toBeFocused();
      await expectNoViolations(page);
      await section.newResourceForm.getByRole('button', { name: section.t('form.back') }).click();

      await section.openEditForm('Переговорная «Волга»');
      await expectNoViolations(page);
    });
  });
}
