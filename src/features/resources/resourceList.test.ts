import type { Resource } from './api/resourceQueries';
import { filterResources, initialsOf, sortResources } from './resourceList';

const rooms: Resource[] = [
  {
    mail: 'room.volga@example.ru',
    displayName: 'Переговорная «Волга»',
    groupname: 'G',
    l: 'Москва',
  },
  {
    mail: 'room.neva@example.ru',
    displayName: 'Переговорная «Нева»',
    groupname: 'G',
    l: 'Санкт-Петербург',
  },
  { mail: 'car@test.ru', displayName: 'Служебный автомобиль', groupname: 'G' },
  { mail: 'room.rome@example.ru', displayName: 'Rome', groupname: 'G', l: 'Орёл' },
];

const names = (list: Resource[]) => list.map((resource) => resource.displayName);

describe('filterResources', () => {
  it('matches name, mailbox or city, ignoring case and surrounding spaces', () => {
    expect(names(filterResources(rooms, ' нева '))).toEqual(['Переговорная «Нева»']);
    expect(names(filterResources(rooms, 'TEST.RU'))).toEqual(['Служебный автомобиль']);
    expect(names(filterResources(rooms, 'москва'))).toEqual(['Переговорная «Волга»']);
  });

  it('treats ё and е alike', () => {
    expect(names(filterResources(rooms, 'орел'))).toEqual(['Rome']);
  });

  it('returns everything for an empty query', () => {
    expect(filterResources(rooms, '  ')).toHaveLength(4);
  });
});

describe('sortResources', () => {
  it('sorts by name both ways', () => {
    expect(names(sortResources(rooms, 'asc', 'ru-RU'))).toEqual([
      'Переговорная «Волга»',
      'Переговорная «Нева»',
      'Служебный автомобиль',
      'Rome',
    ]);
    expect(names(sortResources(rooms, 'desc', 'ru-RU'))).toEqual([
      'Rome',
      'Служебный автомобиль',
      'Переговорная «Нева»',
      'Переговорная «Волга»',
    ]);
  });

  it('does not change the list it is given', () => {
    const copy = [...rooms];
    sortResources(rooms, 'desc', 'en-US');
    expect(rooms).toEqual(copy);
  });
});

describe('initialsOf', () => {
  it('takes the first letters of the first two words, skipping quotes', () => {
    expect(initialsOf('Переговорная «Байкал»')).toBe('ПБ');
    expect(initialsOf('projector')).toBe('P');
    expect(initialsOf('  ')).toBe('');
  });
});
