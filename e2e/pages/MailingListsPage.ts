import { expect, type Page } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { text, type Language } from '../strings.ts';

const escape = (label: string) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Required fields' labels end with " *". */
const startsWith = (label: string) => new RegExp(`^${escape(label)}`);

/** «Списки рассылок» (guide 3.1.4, 3.13): the lists on the left, the selected one on the right. */
export class MailingListsPage {
  readonly page: Page;
  language: Language;

  constructor(page: Page, language: Language = 'ru-RU') {
    this.page = page;
    this.language = language;
  }

  private t(key: string, values: Record<string, string | number> = {}) {
    const template = text(this.language, 'maillists', key);
    return template.replace(/{{(\w+)}}/g, (_match, name: string) => String(values[name] ?? ''));
  }

  private common(key: string) {
    return text(this.language, 'common', key);
  }

  get listsPane() {
    return this.page.getByRole('region', { name: this.t('listsPane') });
  }
  get details() {
    return this.page.getByRole('region', { name: this.t('detailsPane') });
  }
  get nameField() {
    return this.details.getByLabel(startsWith(this.t('fields.displayName')));
  }
  get loginField() {
    return this.details.getByLabel(startsWith(this.t('fields.mailbox')));
  }
  get picker() {
    return this.details.getByRole('combobox', { name: this.t('picker.label') });
  }
  get pickerOptions() {
    return this.page.getByRole('listbox').getByRole('option');
  }
  get memberList() {
    const heading = text(this.language, 'maillists', 'members.heading').split('{{')[0] ?? '';
    return this.details.getByRole('list', { name: startsWith(heading) });
  }
  get saveButton() {
    return this.details.getByRole('button', { name: this.common('actions.save') });
  }
  get cancelButton() {
    return this.details.getByRole('button', { name: this.common('actions.cancel') });
  }
  get deleteDialog() {
    return this.page.getByRole('dialog', { name: this.t('delete.title') });
  }

  listLink(name: string) {
    return this.listsPane.getByRole('link', { name: new RegExp(escape(name)) });
  }
  memberRow(mail: string) {
    return this.memberList.getByRole('listitem').filter({ hasText: mail });
  }

  async goTo(mail?: string, tenantId = 'default') {
    await this.page.goto(mail ? paths.mailingList(tenantId, mail) : paths.mailingLists(tenantId));
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('title') })).toBeVisible();
    await expect(this.listsPane).toBeVisible();
  }

  async startNewList() {
    await this.listsPane.getByRole('button', { name: this.t('create') }).click();
    await expect(this.details.getByRole('heading', { name: this.t('create') })).toBeVisible();
  }

  async openList(name: string) {
    await this.listLink(name).click();
    await expect(this.details.getByRole('heading', { level: 2, name })).toBeVisible();
  }

  async fillName(name: string) {
    await this.nameField.fill(name);
  }

  async fillLogin(login: string) {
    await this.loginField.fill(login);
  }

  /** Types part of a name, waits for the directory's answer and picks the person. */
  async addPerson(query: string, name: string) {
    await this.picker.fill(query);
    await this.page.getByRole('option', { name: new RegExp(escape(name)) }).click();
    await expect(this.picker).toHaveValue('');
  }

  /** From the name field, Tab by Tab (login, domain) to the picker, as a keyboard user goes. */
  async tabToPicker() {
    await this.nameField.focus();
    for (let step = 0; step < 5; step += 1) {
      if (await this.picker.evaluate((input) => input === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
  }

  /** Types addresses as an admin would, ending with Enter. */
  async typeAddresses(addresses: string) {
    await this.picker.fill(addresses);
    await this.picker.press('Enter');
  }

  async removeMember(mail: string) {
    await this.memberRow(mail)
      .getByRole('button', { name: startsWith(this.t('members.removeShort')) })
      .click();
    await expect(this.memberRow(mail)).toHaveCount(0);
  }

  async save() {
    await this.saveButton.click();
  }

  async cancel() {
    await this.cancelButton.click();
  }

  async deleteSelected(name: string) {
    await this.listsPane.getByRole('button', { name: this.t('delete.button', { name }) }).click();
    await expect(this.deleteDialog).toBeVisible();
  }

  async confirmDelete() {
    await this.deleteDialog.getByRole('button', { name: this.common('actions.delete') }).click();
    await expect(this.deleteDialog).toBeHidden();
  }

  async expectNotice(message: string) {
    await expect(this.page.getByRole('status').filter({ hasText: message })).toBeVisible();
  }

  async expectSelected(name: string, mail: string) {
    await expect(this.page).toHaveURL(new RegExp(`${escape(paths.mailingList('default', mail))}$`));
    await expect(this.listLink(name)).toHaveAttribute('aria-current', 'page');
    await expect(this.details.getByRole('heading', { level: 2, name })).toBeVisible();
  }

  async expectMemberCount(count: number) {
    await expect(
      this.details.getByRole('heading', { name: this.t('members.heading', { count }) }),
    ).toBeVisible();
  }

  async expectMembers(mails: string[]) {
    await this.expectMemberCount(mails.length);
    for (const mail of mails) await expect(this.memberRow(mail)).toBeVisible();
  }

  async expectPickerMessage(message: string) {
    await expect(this.picker).toHaveAccessibleDescription(message);
  }

  async expectLoginError(message: string) {
    await expect(this.loginField).toHaveAccessibleDescription(message);
  }
}
