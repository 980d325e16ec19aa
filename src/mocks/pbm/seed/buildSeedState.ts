import type { MailingListRecord, PbmState, TenantRecord, UserRecord } from '../store/types.ts';
import { DEMO_RESOURCE_GROUPS } from './demoResources.ts';
import { generateUsers } from './generateUsers.ts';
import { NAMED_ACCOUNTS } from './namedAccounts.ts';
import { createRandom } from './prng.ts';

/** Size of tenant default's directory when no `users` option is given. */
export const DEFAULT_DIRECTORY_SIZE = 200;
const NORTH_DIRECTORY_SIZE = 8;
const SEED = 20_240_601;

const LIST_ADDRESSES = {
  all: 'all@example.ru',
  dev: 'dev@example.ru',
  sales: 'sales@test.ru',
  support: 'support@example.ru',
};

const SEED_TENANTS: TenantRecord[] = [
  { id: 'default', domains: ['example.ru', 'test.ru'] },
  { id: 'north', domains: ['north.example.org'] },
];

function membersOf(users: UserRecord[], departments: string[], limit: number): string[] {
  return users
    .filter((user) => user.ou !== undefined && departments.includes(user.ou))
    .slice(0, limit)
    .map((user) => user.mail);
}

function demoMaillists(people: UserRecord[]): MailingListRecord[] {
  const list = (mail: string, displayName: string, members: string[]): MailingListRecord => ({
    tenantId: 'default',
    mail,
    displayName,
    members,
  });
  return [
    list(LIST_ADDRESSES.all, 'Все сотрудники', [
      'admin@example.ru',
      'user@example.ru',
      ...people.slice(0, 20).map((user) => user.mail),
    ]),
    list(LIST_ADDRESSES.dev, 'Разработка', membersOf(people, ['Разработка', 'Development'], 25)),
    list(LIST_ADDRESSES.sales, 'Отдел продаж', [
      'user@example.ru',
      ...membersOf(people, ['Отдел продаж', 'Sales'], 25),
      'partner@partner-company.com',
    ]),
    list(LIST_ADDRESSES.support, 'Служба поддержки', [
      ...membersOf(people, ['Служба поддержки', 'Support'], 25),
      'helpdesk@outsource.example.com',
    ]),
  ];
}

/**
 * The demo data, identical on every call for the same size. `directorySize` counts every user of
 * tenant default, the named accounts included.
 */
export function buildSeedState(directorySize = DEFAULT_DIRECTORY_SIZE): PbmState {
  const random = createRandom(SEED);
  const namedAccounts = structuredClone(NAMED_ACCOUNTS);
  const resourceGroups = structuredClone(DEMO_RESOURCE_GROUPS);
  const takenAddresses = new Set([
    ...namedAccounts.flatMap((user) => [user.mail, ...user.alias]),
    ...resourceGroups.flatMap(({ resources }) => resources.map((resource) => resource.mail)),
    ...Object.values(LIST_ADDRESSES),
  ]);
  const namedInDefault = namedAccounts.filter((user) => user.tenantId === 'default').length;
  const people = generateUsers({
    tenantId: 'default',
    domains: ['example.ru', 'test.ru'],
    count: Math.max(0, directorySize - namedInDefault),
    random,
    takenAddresses,
  });
  const northPeople = generateUsers({
    tenantId: 'north',
    domains: ['north.example.org'],
    count: NORTH_DIRECTORY_SIZE,
    random,
    takenAddresses,
  });
  return {
    tenants: structuredClone(SEED_TENANTS),
    users: [...namedAccounts, ...people, ...northPeople],
    groups: resourceGroups.map(({ group }) => group),
    resources: resourceGroups.flatMap(({ resources }) => resources),
    maillists: demoMaillists(people),
    usedRefreshTokens: [],
    nextTenantNumber: 1,
  };
}
