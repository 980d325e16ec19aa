import { expect, type Page } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { text } from '../strings.ts';

const t = (key: string) => text('ru-RU', 'tenants', key);

/** Тенанты: the console-only tenant operations of guide 3.2, in the panel. */
export class TenantsPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  get createDialog() {
    return this.page.getByRole('dialog', { name: t('create.title') });
  }
  get tenantIdField() {
    return this.createDialog.getByLabel(t('create.tenantId'));
  }
  get domainsField() {
    return this.createDialog.getByLabel(t('create.domains'));
  }

  async goTo(tenantId = 'default') {
    await this.page.goto(paths.tenants(tenantId));
    await expect(this.page.getByRole('heading', { level: 1, name: t('title') })).toBeVisible();
  }

  async openCreateDialog() {
    await this.page.getByRole('button', { name: t('create.open') }).click();
    await expect(this.createDialog).toBeVisible();
  }

  async submitCreateDialog() {
    await this.createDialog.getByRole('button', { name: t('create.submit') }).click();
  }

  async expectTenant(tenantId: string) {
    await expect(this.page.getByRole('row', { name: new RegExp(tenantId) })).toBeVisible();
  }
}
