import { apiPrefixes, paths, safeReturnTo } from './paths';

const everyAppPath = [
  paths.root(),
  paths.signIn(),
  paths.tenants('default'),
  paths.users('default'),
  paths.newUser('default'),
  paths.user('default', 'anna@example.ru'),
  paths.resourceGroups('default'),
  paths.resourceGroup('default', 'Переговорные'),
  paths.mailingLists('default'),
  paths.mailingList('default', 'all@example.ru'),
];

describe('app paths', () => {
  it.each(everyAppPath)('%s never falls under an API prefix nginx proxies to PBM', (path) => {
    for (const prefix of apiPrefixes) {
      expect(
        path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`),
      ).toBe(false);
    }
  });

  it('encodes what users type into the path', () => {
    expect(paths.resourceGroup('default', 'Зал #1/2')).toBe(
      '/t/default/resource-groups/%D0%97%D0%B0%D0%BB%20%231%2F2',
    );
    expect(paths.signIn('/t/default/users?search=a&page=2')).toBe(
      '/sign-in?returnTo=%2Ft%2Fdefault%2Fusers%3Fsearch%3Da%26page%3D2',
    );
  });
});

describe('where sign-in may return to', () => {
  it.each([
    ['/t/default/users', '/t/default/users'],
    ['//evil.example/x', undefined],
    ['https://evil.example', undefined],
    ['/sign-in?returnTo=/x', undefined],
    [null, undefined],
  ])('%s → %s', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });
});
