import { expect, type Locator, type Page } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { text, type Language } from '../strings.ts';

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Required fields' labels end with " *". */
const startsWith = (label: string) => new RegExp(`^${escape(label)}`);

export interface ResourceInput {
  name: string;
  login: string;
  domain?: string;
  city?: string;
  description?: string;
}

/** Группы ресурсов (guide 3.1.3, 3.11, 3.12): groups on the left, the chosen group on the right. */
export class ResourceGroupsPage {
  readonly page: Page;
  language: Language;

  constructor(page: Page, language: Language = 'ru-RU') {
    this.page = page;
    this.language = language;
  }

  /** A string of the panel in the page's language, `{{placeholders}}` filled in. */
  t(key: string, values: Record<string, string | number> = {}, namespace = 'resources') {
    return text(this.language, namespace, key).replace(/{{(\w+)}}/g, (_match, name: string) =>
      String(values[name] ?? ''),
    );
  }

  get groupNav() {
    return this.page.getByRole('navigation', { name: this.t('groups.label') });
  }
  groupLink(name: string) {
    return this.groupNav.getByRole('link', { name: startsWith(name) });
  }
  get newGroupButton() {
    return this.page.getByRole('button', { name: this.t('groups.new'), exact: true });
  }
  get newResourceButton() {
    return this.page.getByRole('button', { name: this.t('list.new'), exact: true });
  }
  groupHeading(name: string) {
    return this.page.getByRole('heading', { level: 2, name, exact: true });
  }
  get groupForm() {
    return this.page.getByRole('form', { name: this.t('groupForm.title') });
  }
  get newResourceForm() {
    return this.page.getByRole('form', { name: this.t('resourceForm.newTitle') });
  }
  get editResourceForm() {
    return this.page.getByRole('form', { name: this.t('resourceForm.editTitle') });
  }
  /** An input of `form`, by the label `key` names. */
  field(form: Locator, key: string) {
    return form.getByLabel(startsWith(this.t(key)));
  }
  saveButton(form: Locator) {
    return form.getByRole('button', { name: this.t('actions.save', {}, 'common') });
  }
  resourcesTable(group: string) {
    return this.page.getByRole('table', { name: this.t('list.label', { group }) });
  }
  resourceRow(group: string, name: string) {
    return this.resourcesTable(group)
      .getByRole('row')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }
  editButton(name: string) {
    return this.page.getByRole('button', { name: this.t('list.edit', { name }) });
  }
  deleteResourceButton(name: string) {
    return this.page.getByRole('button', { name: this.t('list.delete', { name }) });
  }
  deleteGroupButton(group: string) {
    return this.page.getByRole('button', { name: this.t('group.delete', { group }) });
  }
  deleteGroupDialog(group: string) {
    return this.page.getByRole('dialog', { name: this.t('deleteGroup.title', { group }) });
  }
  deleteResourceDialog(name: string) {
    return this.page.getByRole('dialog', { name: this.t('deleteResource.title', { name }) });
  }

  async goTo(tenantId = 'default', group?: string) {
    await this.page.goto(
      group ? paths.resourceGroup(tenantId, group) : paths.resourceGroups(tenantId),
    );
    await this.expectLoaded();
  }

  async expectLoaded() {
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('title') })).toBeVisible();
    await expect(this.groupNav).toBeVisible();
  }

  async openGroup(name: string) {
    await this.groupLink(name).click();
    await expect(this.groupHeading(name)).toBeVisible();
  }

  async openNewGroupForm() {
    await this.newGroupButton.click();
    await expect(this.groupForm).toBeVisible();
  }

  async fillGroupForm(name: string, description = '') {
    await this.field(this.groupForm, 'groupForm.name').fill(name);
    await this.field(this.groupForm, 'groupForm.description').fill(description);
  }

  async createGroup(name: string, description = '') {
    await this.openNewGroupForm();
    await this.fillGroupForm(name, description);
    await this.saveButton(this.groupForm).click();
    await expect(this.groupHeading(name)).toBeVisible();
  }

  async openNewResourceForm() {
    await this.newResourceButton.click();
    await expect(this.newResourceForm).toBeVisible();
  }

  async fillResourceForm(resource: ResourceInput) {
    const form = this.newResourceForm;
    await this.field(form, 'resourceForm.name').fill(resource.name);
    await this.field(form, 'resourceForm.address').fill(resource.login);
    if (resource.domain) {
      await form
        .getByRole('combobox', { name: startsWith(this.t('address.domain', {}, 'common')) })
        .click();
      await this.page.getByRole('option', { name: resource.domain }).click();
    }
    await this.field(form, 'resourceForm.city').fill(resource.city ?? '');
    await this.field(form, 'resourceForm.description').fill(resource.description ?? '');
  }

  async addResource(group: string, resource: ResourceInput) {
    await this.openNewResourceForm();
    await this.fillResourceForm(resource);
    await this.saveButton(this.newResourceForm).click();
    await expect(this.resourceRow(group, resource.name)).toBeVisible();
  }

  async openEditForm(name: string) {
    await this.editButton(name).click();
    await expect(this.editResourceForm).toBeVisible();
  }

  async deleteResource(group: string, name: string) {
    await this.deleteResourceButton(name).click();
    const dialog = this.deleteResourceDialog(name);
    await dialog.getByRole('button', { name: this.t('deleteResource.confirm') }).click();
    await expect(dialog).toBeHidden();
    await expect(this.resourceRow(group, name)).toHaveCount(0);
  }

  async openDeleteGroupDialog(group: string) {
    await this.deleteGroupButton(group).click();
    await expect(this.deleteGroupDialog(group)).toBeVisible();
  }

  async confirmDeleteGroup(group: string) {
    const dialog = this.deleteGroupDialog(group);
    await dialog.getByRole('button', { name: this.t('deleteGroup.confirm') }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page).toHaveURL(paths.resourceGroups('default'));
  }

  async expectFieldError(field: Locator, message: string) {
    await expect(field).toHaveAccessibleDescription(message);
  }

  /** Presses Tab (or Shift+Tab) until `target` has the focus: what a keyboard user does. */
  async tabTo(target: Locator, { backwards = false, maxPresses = 80 } = {}) {
    for (let presses = 0; presses < maxPresses; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${String(target)} never got the focus`);
  }
}
