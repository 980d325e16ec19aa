import type { ResourceGroupRecord, ResourceRecord } from '../store/types.ts';

type RoomSpec = [mail: string, displayName: string, l: string, description: string];

function groupWithRooms(groupname: string, description: string, rooms: RoomSpec[]) {
  const group: ResourceGroupRecord = { tenantId: 'default', groupname, description };
  const resources: ResourceRecord[] = rooms.map(([mail, displayName, l, roomDescription]) => ({
    tenantId: 'default',
    mail,
    displayName,
    groupname,
    l,
    description: roomDescription,
  }));
  return { group, resources };
}

/** Guide 3.11–3.12: meeting rooms and equipment people book for events. */
export const DEMO_RESOURCE_GROUPS = [
  groupWithRooms('Переговорные Москва', 'Переговорные комнаты московского офиса', [
    ['room.baikal@example.ru', 'Переговорная «Байкал»', 'Москва', '3 этаж, 12 мест, проектор'],
    ['room.elbrus@example.ru', 'Переговорная «Эльбрус»', 'Москва', '5 этаж, 6 мест'],
    ['room.volga@example.ru', 'Переговорная «Волга»', 'Москва', '5 этаж, 20 мест, ВКС'],
  ]),
  groupWithRooms('Переговорные Санкт-Петербург', 'Переговорные комнаты офиса на Неве', [
    ['room.neva@example.ru', 'Переговорная «Нева»', 'Санкт-Петербург', '2 этаж, 8 мест'],
    ['room.hermitage@example.ru', 'Переговорная «Эрмитаж»', 'Санкт-Петербург', '4 этаж, 10 мест'],
  ]),
  groupWithRooms('Оборудование', 'Техника, которую бронируют на встречи', [
    ['projector@example.ru', 'Проектор Epson', 'Москва', 'Кабинет 214'],
    ['laptop.demo@example.ru', 'Ноутбук для презентаций', 'Москва', 'Выдаёт ИТ-служба'],
    ['car@test.ru', 'Служебный автомобиль', 'Санкт-Петербург', 'Škoda Octavia, А123ВС78'],
  ]),
];
