import { expect } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { text } from '../strings.ts';
import { LocalizedPage } from './LocalizedPage.ts';

const startsWith = (label: string) =>
  new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

export class SignInPage extends LocalizedPage {
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
}
