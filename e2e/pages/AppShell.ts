import { expect } from '@playwright/test';
import { text } from '../strings.ts';
import { LocalizedPage } from './LocalizedPage.ts';

/** The frame around every section: main menu, language, sign-out (guide 3.1.1). */
type Section = 'users' | 'resourceGroups' | 'mailingLists' | 'tenants';

export class AppShell extends LocalizedPage {
  private t(key: string) {
    return text(this.language, 'shell', key);
  }

  get mainMenu() {
    return this.page.getByRole('navigation', { name: this.t('nav.label') });
  }

  menuItem(section: Section) {
    return this.mainMenu.getByRole('link', { name: this.t(`nav.${section}`) });
  }

  async openSection(section: Section) {
    await this.menuItem(section).click();
    await this.expectSection(section);
  }

  async expectSection(section: Section) {
    await expect(this.menuItem(section)).toHaveAttribute('aria-current', 'page');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(this.t(`nav.${section}`));
  }

  async chooseColorMode(mode: 'light' | 'dark' | 'system') {
    await this.page.getByRole('button', { name: this.t('colorMode.label') }).click();
    await this.page.getByRole('menuitem', { name: this.t(`colorMode.${mode}`) }).click();
  }

  async expectColorScheme(scheme: 'light' | 'dark') {
    await expect(this.page.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`));
  }

  async switchTenant(tenantId: string) {
    await this.page.getByRole('button', { name: new RegExp(this.t('tenant.label')) }).click();
    await this.page.getByRole('menuitem', { name: tenantId, exact: true }).click();
  }

  async signOut() {
    await this.page.getByRole('button', { name: this.t('signOut') }).click();
  }
}
