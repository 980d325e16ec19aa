import { expect, type Page } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { TenantsPage } from '../../e2e/pages/TenantsPage.ts';
import { text } from '../../e2e/strings.ts';

const t = (key: string, tenantId = '') =>
  text('ru-RU', 'tenants', key).replaceAll('{{tenantId}}', tenantId);

/**
 * The Tenants page reached under any base path (e2e/pages/TenantsPage.ts goes to the site root),
 * with the deletion steps the main suite does not need yet.
 */
export class NginxTenantsPage extends TenantsPage {
  readonly appUrl: (path: string) => string;

  constructor(page: Page, appUrl: (path: string) => string) {
    super(page);
    this.appUrl = appUrl;
  }

  override async goTo(tenantId = 'default') {
    await this.page.goto(this.appUrl(paths.tenants(tenantId)));
    await expect(this.page.getByRole('heading', { level: 1, name: t('title') })).toBeVisible();
  }

  async createTenant(tenantId: string, domains: string) {
    await this.openCreateDialog();
    await this.tenantIdField.fill(tenantId);
    await this.domainsField.fill(domains);
    await this.submitCreateDialog();
    await expect(this.createDialog).toBeHidden();
  }

  deleteDialog(tenantId: string) {
    return this.page.getByRole('dialog', { name: t('delete.title', tenantId) });
  }

  async openDeleteDialog(tenantId: string) {
    await this.page.getByRole('button', { name: t('actions.delete', tenantId) }).click();
    await expect(this.deleteDialog(tenantId)).toBeVisible();
  }

  async confirmDelete(tenantId: string) {
    await this.deleteDialog(tenantId)
      .getByRole('button', { name: t('delete.confirm') })
      .click();
    await expect(this.deleteDialog(tenantId)).toBeHidden();
  }

  async expectNoTenant(tenantId: string) {
    await expect(this.page.getByRole('row', { name: new RegExp(tenantId) })).toHaveCount(0);
  }
}
