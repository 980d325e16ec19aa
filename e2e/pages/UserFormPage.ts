import { expect, type Locator } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { text } from '../strings.ts';
import { LocalizedPage } from './LocalizedPage.ts';

// A full page load signs in again and fetches the section's code: allow for a busy machine.
const PAGE_LOAD = { timeout: 30_000 };

const escape = (label: string) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every input of the form, by its key under `userForm` (personal.*, contacts.*). */
export interface UserDetails {
  cn?: string;
  sn?: string;
  initials?: string;
  ou?: string;
  title?: string;
  description?: string;
  l?: string;
  displayName?: string;
  telephoneNumber?: string;
  homePhone?: string;
  telegram?: string;
  skype?: string;
}

const CONTACT_FIELDS = new Set(['telephoneNumber', 'homePhone', 'telegram', 'skype']);

/** "Новый пользователь" (guide 3.3.1, figure 13) and the user profile (3.5.1, figure 14). */
export class UserFormPage extends LocalizedPage {
  /** A `userForm` string with its {{placeholders}} filled in. */
  t(key: string, values: Record<string, string | number> = {}) {
    return text(this.language, 'userForm', key).replace(/\{\{(\w+)\}\}/g, (placeholder, name) =>
      String(values[name as string] ?? placeholder),
    );
  }
  private common(key: string) {
    return text(this.language, 'common', key);
  }

  /** A text input by its label; required ones carry MUI's " *" (after a thin space). */
  field(label: string): Locator {
    return this.page.getByLabel(new RegExp(`^${escape(label)}(\\s*\\*)?$`));
  }
  /** A select by its label; its accessible name goes on with the chosen value. */
  select(label: string): Locator {
    return this.page.getByRole('combobox', {
      name: new RegExp(`^${escape(label)}(\\s*\\*)?(\\s|$)`),
    });
  }
  get loginField() {
    return this.field(this.t('account.login'));
  }
  /** The login's domain: the first "Домен" select, above the aliases' own. */
  get domainSelect() {
    return this.select(text(this.language, 'common', 'address.domain')).first();
  }
  get roleSelect() {
    return this.select(this.t('account.role'));
  }
  get quotaField() {
    return this.field(this.t('account.quota'));
  }
  get passwordField() {
    return this.field(this.t('password.new'));
  }
  get repeatField() {
    return this.field(this.t('password.repeat'));
  }
  aliasField(number: number) {
    return this.field(this.t('aliases.login', { number }));
  }
  get addAliasButton() {
    return this.page.getByRole('button', { name: this.t('aliases.add') });
  }
  detailField(name: keyof UserDetails) {
    return this.field(this.t(`${CONTACT_FIELDS.has(name) ? 'contacts' : 'personal'}.${name}`));
  }
  get createButton() {
    return this.page.getByRole('button', { name: this.common('actions.add'), exact: true });
  }
  get saveButton() {
    return this.page.getByRole('button', { name: this.common('actions.save'), exact: true });
  }
  get failureAlert() {
    return this.page.getByRole('alert').filter({ hasText: this.t('form.saveFailed') });
  }
  get avatarImage() {
    return this.page.locator('img[src^="data:image/"]');
  }
  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
  actionButton(action: 'block' | 'unblock' | 'endSessions' | 'delete') {
    return this.page.getByRole('button', { name: this.t(`profile.${action}`), exact: true });
  }
  notice(message: string) {
    return this.page.getByRole('status').filter({ hasText: message });
  }

  async goToNew(tenantId = 'default') {
    await this.page.goto(paths.newUser(tenantId));
    await expect(this.heading).toHaveText(this.t('create.title'), PAGE_LOAD);
    await expect(this.loginField).toBeVisible(PAGE_LOAD);
  }

  async goToProfile(mail: string, tenantId = 'default') {
    await this.page.goto(paths.user(tenantId, mail));
    await expect(this.saveButton).toBeVisible(PAGE_LOAD);
  }

  async choose(select: Locator, option: string) {
    await select.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await expect(this.page.getByRole('listbox')).toBeHidden();
  }

  async uploadAvatar(file: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: this.t('avatar.upload') }).click();
    await (await chooser).setFiles(file);
    await expect(this.avatarImage).toBeVisible();
  }

  async fillLogin(local: string, domain?: string) {
    await this.loginField.fill(local);
    if (domain) await this.choose(this.domainSelect, domain);
  }

  async fillPasswords(password: string, repeat = password) {
    await this.passwordField.fill(password);
    await this.repeatField.fill(repeat);
  }

  /** Adds an alias row (the "+" of "Почтовые алиасы") and types its login; the domain is the login's. */
  async addAlias(local: string) {
    const template = escape(text(this.language, 'userForm', 'aliases.login'));
    const pattern = new RegExp(`^${template.replace('\\{\\{number\\}\\}', '\\d+')}(\\s*\\*)?$`);
    const rows = await this.page.getByLabel(pattern).count();
    await this.addAliasButton.click();
    await this.aliasField(rows + 1).fill(local);
  }

  async fillDetails(details: UserDetails) {
    for (const [name, value] of Object.entries(details) as [keyof UserDetails, string][]) {
      await this.detailField(name).fill(value);
    }
  }

  async expectFieldError(field: Locator, message: string | RegExp) {
    await expect(field).toHaveAccessibleDescription(message);
  }

  async expectNotice(message: string) {
    await expect(this.notice(message)).toBeVisible();
  }
}
