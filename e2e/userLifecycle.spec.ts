import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { UserFormPage } from './pages/UserFormPage.ts';
import { UsersListPage } from './pages/UsersListPage.ts';

const avatar = new URL('./fixtures/avatar.png', import.meta.url).pathname;

test('a user’s life: added with every field, found, edited, renamed, blocked, deleted', async ({
  page,
}) => {
  // One long story of some eighty steps: three times the usual time limit.
  test.slow();
  const signIn = new SignInPage(page);
  await signIn.goTo();
  await signIn.signIn('admin@example.ru', 'admin');
  await new AppShell(page).expectSection('users');
  const list = new UsersListPage(page);
  const form = new UserFormPage(page);

  // Guide 3.3.1: "Новый пользователь", every field of tables 2 and 3.
  await list.newUserButton.click();
  await expect(form.heading).toHaveText(form.t('create.title'));
  await form.uploadAvatar(avatar);
  await form.fillLogin('ekaterina.smirnova', 'test.ru');
  await form.choose(form.roleSelect, form.t('account.roles.admin'));
  await form.quotaField.fill('2048');
  await form.fillPasswords('Пароль-2026!');
  await form.addAlias('katya');
  await form.addAlias('e.smirnova.hr');
  await form.fillDetails({
    cn: 'Екатерина',
    sn: 'Смирнова-Лебедева',
    initials: 'Андреевна',
    ou: 'Отдел кадров',
    title: 'Специалист по кадрам',
    description: 'Принимает заявления',
    l: 'Нижний Новгород',
    displayName: 'Екатерина Смирнова (кадры)',
    telephoneNumber: '+7 (831) 200-10-10',
    homePhone: '8 900 100-20-30',
    telegram: '@katya_hr',
    skype: 'katya.hr',
  });
  await form.choose(
    form.select(form.t('addressBook.employeeType')),
    form.t('addressBook.employeeTypes.3'),
  );
  await form.choose(form.select(form.t('addressBook.lang')), 'Русский');
  await form.createButton.click();

  const mail = 'ekaterina.smirnova@test.ru';
  await expect(page).toHaveURL(paths.user('default', mail));
  await form.expectNotice(form.t('create.done', { mail }));
  await expect(form.heading).toHaveText('Екатерина Смирнова-Лебедева');

  // Guide 3.4.1: found in the list by the last name.
  await list.goTo();
  await list.search('Смирнова-Лебедева');
  await list.expectRow(mail);
  await list.openUser(mail);
  await expect(form.heading).toHaveText('Екатерина Смирнова-Лебедева');
  await expect(form.avatarImage).toBeVisible();
  await expect(form.aliasField(1)).toHaveValue('katya');
  await expect(form.aliasField(2)).toHaveValue('e.smirnova.hr');
  await expect(form.detailField('telegram')).toHaveValue('@katya_hr');
  await expect(page.getByText(form.t('account.quotaUsed', { used: 0, total: 2048 }))).toBeVisible();

  // Guide 3.8.1 and 3.5.1: a new quota and department, saved together.
  await form.quotaField.fill('4096');
  await form.detailField('ou').fill('Отдел развития персонала');
  await form.saveButton.click();
  await form.expectNotice(form.t('profile.saved'));
  await expect(page.getByText(form.t('account.quotaUsed', { used: 0, total: 4096 }))).toBeVisible();

  // Guide 3.5.1 item 3: a new login; the profile moves to the new address.
  const renamed = 'e.smirnova@test.ru';
  await form.loginField.fill('e.smirnova');
  await form.saveButton.click();
  await expect(page).toHaveURL(paths.user('default', renamed));
  await expect(form.detailField('ou')).toHaveValue('Отдел развития персонала');

  // Guide 3.6 and 3.7.3.
  await form.actionButton('block').click();
  await form.expectNotice(form.t('profile.blocked', { mail: renamed }));
  await expect(form.actionButton('unblock')).toBeVisible();
  await form.actionButton('endSessions').click();
  await form.expectNotice(form.t('profile.sessionsEnded', { mail: renamed }));

  // Guide 3.7.1: deleted after a confirmation naming the user.
  await form.actionButton('delete').click();
  await list.confirmDelete('Екатерина Смирнова-Лебедева');
  await expect(page).toHaveURL(paths.users('default'));
  await list.search('Смирнова-Лебедева');
  await list.expectNoRow(renamed);

  // "На протяжении этого времени создание пользователя с аналогичным логином невозможно."
  await form.goToNew();
  await form.fillLogin('e.smirnova', 'test.ru');
  await form.fillPasswords('Пароль-2026!');
  await form.fillDetails({ cn: 'Екатерина', sn: 'Смирнова' });
  await form.createButton.click();
  await form.expectFieldError(form.loginField, /зарезервирован до/);
  await expect(page).toHaveURL(paths.newUser('default'));
});
