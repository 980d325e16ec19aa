import i18next from 'i18next';
import { wordServerError } from './serverErrors';

const t = i18next.t.bind(i18next);

describe('wording PBM answers for the admin', () => {
  it('gives the date a deleted address stays reserved until, in the UI language', () => {
    expect(
      wordServerError(409, 'address a@example.ru is reserved until 2027-01-02T10:00:00Z', t),
    ).toBe('Адрес удалённого пользователя зарезервирован до 2 января 2027 г.');
  });

  it('says an address is taken', () => {
    expect(wordServerError(409, 'address a@example.ru is already in use', t)).toBe(
      'Адрес уже используется',
    );
  });

  it("shows PBM's own text for anything else", () => {
    expect(wordServerError(400, 'quota must be a positive integer', t)).toBe(
      'Сервер отклонил значение: quota must be a positive integer',
    );
  });
});
