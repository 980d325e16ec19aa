import { ApiError } from '@/api/ApiError';
import { toFormValues, type UserFormValues } from './schemas';
import { hasUnplacedErrors, serverErrorFields } from './userServerErrors';

const valid: UserFormValues = {
  ...toFormValues(undefined, 'example.ru'),
  login: { local: 'anna.petrova', domain: 'example.ru' },
};

describe('server errors', () => {
  const values = {
    ...valid,
    aliases: [
      { local: 'anna', domain: 'example.ru' },
      { local: 'ap', domain: 'test.ru' },
    ],
  };
  const conflict = (fieldErrors: Record<string, string>) =>
    new ApiError({ kind: 'http', status: 409, message: 'conflict', fieldErrors });

  it('puts the address on the login and an alias on its own row', () => {
    const error = conflict({ mail: 'address x is in use', alias: 'address AP@test.ru is in use' });
    expect(serverErrorFields(error, values)).toMatchObject({
      mail: 'login.local',
      alias: 'aliases.1.local',
    });
  });

  it('puts an alias error it cannot tie to a row above the rows', () => {
    expect(serverErrorFields(conflict({ alias: 'aliases are wrong' }), values).alias).toBe(
      'aliases',
    );
  });

  it('tells when an error has no input to go on', () => {
    expect(hasUnplacedErrors(conflict({ quota: 'quota must be a positive integer' }))).toBe(false);
    expect(hasUnplacedErrors(conflict({ frobnicate: 'no' }))).toBe(true);
    expect(hasUnplacedErrors(new ApiError({ kind: 'http', status: 500, message: 'down' }))).toBe(
      true,
    );
  });
});
