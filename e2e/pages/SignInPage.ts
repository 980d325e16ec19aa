import { expect, type Page } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { text, type Language } from '../strings.ts';

const startsWith = (label: string) =>
  new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

export class SignInPage {
  readonly page: Page;
  language: Language;

  constructor(page: Page, language: Language = 'ru-RU') {
    this.page = page;
    this.language = language;
  }

  private t(key: string) {
    return text(this.language, 'auth', key);
  }

  // Required fields' labels end with " *"; "Показать пароль" must not match the password field.
  get loginField() {
    return this.page.getByLabel(startsWith(this.t('loginOrEmail')));
  }
  get passwordField() {
    return this.page.getByLabel(startsWith(this.t('password')));
  }
  get submitButton() {
    return this.page.getByRole('button', { name: this.t('signIn'), exact: true });
  }

  async goTo(returnTo?: string) {
    await this.page.goto(paths.signIn(returnTo));
    await expect(this.submitButton).toBeVisible();
  }

  async signIn(login: string, password: string) {
    await this.loginField.fill(login);
    await this.passwordField.fill(password);
    await this.submitButton.click();
  }

  async expectFailure(reason: string) {
    await expect(this.page.getByRole('alert')).toHaveText(this.t(`failure.${reason}`));
  }

  async expectShown() {
    await expect(this.submitButton).toBeVisible();
    await expect(this.page).toHaveURL(/\/sign-in/);
  }

  async switchLanguage(name: string, to: Language) {
    await this.page
      .getByRole('button', { name: text(this.language, 'common', 'language.change') })
      .click();
    await this.page.getByRole('menuitem', { name }).click();
    // The menu lists each language in its own name: wait until it has left the page.
    await expect(this.page.getByText(name, { exact: true })).toHaveCount(0);
    this.language = to;
  }
}
