import type { UserSummary } from './api/userQueries';
import {
  csvSeparatorFor,
  encodeCsv,
  exportFileName,
  neutralizeCell,
  userCsvRows,
  type UserCsvLabels,
} from './csv';

describe('encodeCsv', () => {
  it('starts with the UTF-8 byte order mark and ends every line with CRLF', () => {
    const csv = encodeCsv(
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      ';',
    );
    expect(csv).toBe('\uFEFFa;b\r\nc;d\r\n');
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('keeps Cyrillic as is', () => {
    expect(encodeCsv([['Пётр', 'Ёлкин']], ';')).toBe('\uFEFFПётр;Ёлкин\r\n');
  });

  it('quotes fields with the separator, quotes or line breaks (RFC 4180)', () => {
    expect(encodeCsv([['a;b', 'say "hi"', 'two\nlines', 'cr\rhere', 'plain']], ';')).toBe(
      '\uFEFF"a;b";"say ""hi""";"two\nlines";"cr\rhere";plain\r\n',
    );
  });

  it('quotes for the separator in use only', () => {
    expect(encodeCsv([['a,b', 'c;d']], ',')).toBe('\uFEFF"a,b",c;d\r\n');
    expect(encodeCsv([['a,b', 'c;d']], ';')).toBe('\uFEFFa,b;"c;d"\r\n');
  });

  it('keeps empty cells', () => {
    expect(encodeCsv([['', 'x', '']], ',')).toBe('\uFEFF,x,\r\n');
  });

  it('neutralises formulas and still quotes them correctly', () => {
    expect(encodeCsv([['=HYPERLINK("x")', '@SUM(A1)']], ';')).toBe(
      `\uFEFF"'=HYPERLINK(""x"")";'@SUM(A1)\r\n`,
    );
  });
});

describe('neutralizeCell', () => {
  it.each(['=1+1', '+7 495', '-2', '@cmd', '\t=1', '\r=1'])(
    'prefixes %j with an apostrophe',
    (value) => {
      expect(neutralizeCell(value)).toBe(`'${value}`);
    },
  );

  it.each(['Иван', 'a=b', 'ivan@example.ru', ' =1', "'quoted", ''])('leaves %j alone', (value) => {
    expect(neutralizeCell(value)).toBe(value);
  });
});

describe('csvSeparatorFor', () => {
  it('uses ; where the decimal mark is a comma, as Excel does', () => {
    expect(csvSeparatorFor('ru-RU')).toBe(';');
    expect(csvSeparatorFor('fr-FR')).toBe(';');
  });

  it('uses , where the decimal mark is a point', () => {
    expect(csvSeparatorFor('en-US')).toBe(',');
  });
});

describe('userCsvRows', () => {
  const labels: UserCsvLabels = {
    header: ['Email', 'Имя', 'Фамилия', 'Отображаемое имя', 'Роль', 'Статус'],
    role: (role) => (role === 1 ? 'Администратор' : 'Пользователь'),
    status: (status) => ['Заблокирован', 'Активен', 'Только приём почты'][status] ?? '',
  };
  const user: UserSummary = {
    mail: 'ivan@example.ru',
    cn: 'Иван',
    sn: 'Петров',
    employeeNumber: 1,
    inetUserStatus: 2,
    hasAvatar: false,
  };

  it('puts the header first and one row per user in the list order', () => {
    expect(
      userCsvRows([user, { ...user, mail: 'b@example.ru', displayName: 'Б' }], labels),
    ).toEqual([
      labels.header,
      ['ivan@example.ru', 'Иван', 'Петров', '', 'Администратор', 'Только приём почты'],
      ['b@example.ru', 'Иван', 'Петров', 'Б', 'Администратор', 'Только приём почты'],
    ]);
  });
});

it('names the file after the tenant and the local day', () => {
  expect(exportFileName('default', new Date(2026, 11, 1, 23, 59))).toBe(
    'users-default-2026-12-01.csv',
  );
});
