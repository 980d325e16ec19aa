import AxeBuilder from '@axe-core/playwright';
import { createMaillist } from '../src/mocks/pbm/store/maillistOps.ts';
import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { MailingListsPage } from './pages/MailingListsPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { text, type Language } from './strings.ts';

const t = (
  key: string,
  values: Record<string, string | number> = {},
  language: Language = 'ru-RU',
) =>
  text(language, 'maillists', key).replace(/{{(\w+)}}/g, (_m, name: string) =>
    String(values[name]),
  );

async function signInTo(
  page: MailingListsPage['page'],
  language: Language = 'ru-RU',
  mail?: string,
) {
  const signIn = new SignInPage(page, language);
  await signIn.goTo(mail ? paths.mailingList('default', mail) : paths.mailingLists('default'));
  await signIn.signIn('admin@example.ru', 'admin');
  const lists = new MailingListsPage(page, language);
  await expect(lists.listsPane).toBeVisible();
  return lists;
}

test('an administrator creates a list, renames it, edits members, cancels an edit and deletes it', async ({
  page,
  pbm,
}) => {
  const lists = await signInTo(page);
  await lists.startNewList();
  await lists.fillName('Проектный офис');
  await lists.fillLogin('pmo');
  await lists.addPerson('Петро', 'Марина Петрова');
  await lists.addPerson('Козло', 'Карина Козлова');
  await lists.addPerson('Гусев', 'Евгения Гусева');
  await lists.typeAddresses('partner@gmail.com');
  await lists.expectMembers([
    'marina.petrova@example.ru',
    'karina.kozlova@example.ru',
    'evgeniya.guseva@example.ru',
    'partner@gmail.com',
  ]);
  await expect(lists.memberRow('partner@gmail.com')).toContainText(t('members.kind.external'));
  await lists.save();
  await lists.expectNotice(t('created', { mail: 'pmo@example.ru' }));
  await lists.expectSelected('Проектный офис', 'pmo@example.ru');

  await lists.fillLogin('project-office');
  await lists.save();
  await lists.expectSelected('Проектный офис', 'project-office@example.ru');
  expect(pbm.store.index.maillists.has('pmo@example.ru')).toBe(false);

  await lists.removeMember('karina.kozlova@example.ru');
  await lists.save();
  await lists.expectNotice(t('saved'));
  const saved = ['partner@gmail.com', 'evgeniya.guseva@example.ru', 'marina.petrova@example.ru'];
  expect(pbm.store.index.maillists.get('project-office@example.ru')?.members).toEqual(saved);

  await lists.fillName('Черновик');
  await lists.removeMember('partner@gmail.com');
  await lists.cancel();
  await expect(lists.nameField).toHaveValue('Проектный офис');
  await lists.expectMembers(saved);
  await page.reload();
  await lists.expectMembers(saved);

  await lists.deleteSelected('Проектный офис');
  await expect(lists.deleteDialog).toContainText(
    t('delete.question_few', {
      name: 'Проектный офис',
      mail: 'project-office@example.ru',
      count: 3,
    }),
  );
  await lists.confirmDelete();
  await expect(page).toHaveURL(new RegExp(`${paths.mailingLists('default')}$`));
  await expect(lists.listLink('Проектный офис')).toHaveCount(0);
  expect(pbm.store.index.maillists.has('project-office@example.ru')).toBe(false);
});

test('a taken address, an invalid external address and a duplicate member each say why', async ({
  page,
}) => {
  const lists = await signInTo(page);
  await lists.startNewList();
  await lists.fillName('Руководство');
  await lists.fillLogin('admin');

  await lists.typeAddresses('partner@@gmail.com');
  await lists.expectPickerMessage(t('picker.invalid', { list: 'partner@@gmail.com' }));
  await expect(lists.picker).toHaveValue('partner@@gmail.com');

  await lists.addPerson('Петро', 'Марина Петрова');
  await lists.typeAddresses('Marina.Petrova@example.ru');
  await lists.expectPickerMessage(t('picker.duplicate_one', { list: 'marina.petrova@example.ru' }));
  await lists.expectMemberCount(1);

  await lists.save();
  await lists.expectLoginError(text('ru-RU', 'common', 'validation.server.taken'));
  await expect(lists.nameField).toHaveValue('Руководство');
});

test('a list of 500 members opens page by page and saves', async ({ page, pbm }) => {
  const people = pbm.store.state.users
    .filter((user) => user.tenantId === 'default' && user.deletedAt === undefined)
    .map((user) => user.mail);
  const guests = Array.from({ length: 500 - people.length }, (_, n) => `guest${n}@partner.example`);
  const members = [...people, ...guests];
  createMaillist(
    pbm.store,
    { tenantId: 'default', mail: 'everyone@example.ru', displayName: 'Все и гости', members },
    Date.now(),
  );

  const lists = await signInTo(page, 'ru-RU', 'everyone@example.ru');
  await lists.expectMemberCount(500);
  await expect(lists.memberList.getByRole('listitem')).toHaveCount(25);
  await lists.fillName('Все сотрудники и гости');
  await lists.save();
  await lists.expectNotice(t('saved'));
  const stored = pbm.store.index.maillists.get('everyone@example.ru');
  expect(stored?.displayName).toBe('Все сотрудники и гости');
  expect(stored?.members).toEqual(members);
});

test('the member picker works by keyboard alone', async ({ page, pbm }) => {
  const lists = await signInTo(page, 'ru-RU', 'dev@example.ru');
  const before = pbm.store.index.maillists.get('dev@example.ru')?.members.length ?? 0;
  await lists.tabToPicker();
  await expect(lists.picker).toBeFocused();

  await page.keyboard.type('Козло');
  await expect(lists.pickerOptions.first()).toContainText('Карина Козлова');
  await page.keyboard.press('Enter');
  await expect(lists.memberRow('karina.kozlova@example.ru')).toBeVisible();

  // Two people match «Жуков»: the arrow key moves to the second.
  await page.keyboard.type('Жуков');
  await expect(lists.pickerOptions).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(lists.memberRow('tatyana.zhukova@example.ru')).toBeVisible();

  await page.keyboard.type('partner@gmail.com,');
  await expect(lists.memberRow('partner@gmail.com')).toBeVisible();
  await expect(lists.picker).toBeFocused();
  await lists.expectMemberCount(before + 3);

  await lists.saveButton.focus();
  await page.keyboard.press('Enter');
  await lists.expectNotice(t('saved'));
  expect(pbm.store.index.maillists.get('dev@example.ru')?.members).toHaveLength(before + 3);
});

for (const language of ['ru-RU', 'en-US'] as const) {
  test.describe(`accessibility in ${language}`, () => {
    test.use({ locale: language });

    const noViolations = async (page: MailingListsPage['page']) =>
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    test('the section with a list open has no axe violations', async ({ page }) => {
      const lists = await signInTo(page, language, 'sales@test.ru');
      await expect(lists.memberRow('partner@partner-company.com')).toContainText(
        t('members.kind.external', {}, language),
      );
      await noViolations(page);
    });

    test('the form with the picker open has no axe violations', async ({ page }) => {
      const lists = await signInTo(page, language);
      await lists.startNewList();
      await lists.picker.fill('Петро');
      await expect(lists.pickerOptions.first()).toBeVisible();
      await noViolations(page);
    });

    test('the delete dialog has no axe violations', async ({ page }) => {
      const lists = await signInTo(page, language, 'sales@test.ru');
      await lists.deleteSelected('Отдел продаж');
      await expect(lists.deleteDialog).toContainText('sales@test.ru');
      await noViolations(page);
    });
  });
}
