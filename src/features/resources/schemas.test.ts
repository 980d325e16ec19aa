import { ApiError } from '@/api/ApiError';
import {
  emptyGroup,
  emptyResource,
  groupNameConflict,
  groupSchema,
  newResourceSchema,
  resourceEditSchema,
  toCreateResourceBody,
  toGroupRequestBody,
  toResourceFormValues,
  toUpdateResourceBody,
} from './schemas';

const domains = ['example.ru', 'test.ru'];

function errorsOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return result.success
    ? {}
    : Object.fromEntries(
        (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
      );
}

describe('groupSchema', () => {
  const schema = groupSchema(['Переговорные Москва', 'Оборудование']);

  it('needs a name and trims it', () => {
    expect(errorsOf(schema.safeParse(emptyGroup))).toEqual({ name: 'validation.required' });
    expect(errorsOf(schema.safeParse({ name: '   ', description: '' }))).toEqual({
      name: 'validation.required',
    });
    expect(schema.parse({ name: '  Переговорные Казань ', description: ' 2 этаж ' })).toEqual({
      name: 'Переговорные Казань',
      description: '2 этаж',
    });
  });

  it('refuses a name the tenant already has, whatever its case', () => {
    for (const name of ['Оборудование', 'оборудование', ' ПЕРЕГОВОРНЫЕ МОСКВА ']) {
      expect(errorsOf(schema.safeParse({ name, description: '' }))).toEqual({
        name: 'resources:validation.groupTaken',
      });
    }
  });

  it('limits the lengths', () => {
    expect(
      errorsOf(schema.safeParse({ name: 'я'.repeat(101), description: 'x'.repeat(1001) })),
    ).toEqual({
      name: 'resources:validation.nameTooLong',
      description: 'resources:validation.descriptionTooLong',
    });
    expect(
      errorsOf(schema.safeParse({ name: 'я'.repeat(100), description: 'x'.repeat(1000) })),
    ).toEqual({});
  });
});

describe('toGroupRequestBody', () => {
  it('sends the name as groupname and leaves out an empty description', () => {
    expect(toGroupRequestBody({ name: ' Залы ', description: ' ' })).toEqual({
      groupname: 'Залы',
      description: undefined,
    });
    expect(toGroupRequestBody({ name: 'Залы', description: 'Большие залы' })).toEqual({
      groupname: 'Залы',
      description: 'Большие залы',
    });
  });
});

describe('groupNameConflict', () => {
  it('words PBM’s 409 on groupname like the form’s own check', () => {
    const error = ApiError.fromBody(409, { message: { groupname: 'group Залы already exists' } });
    expect(groupNameConflict(error)).toBe('resources:validation.groupTaken');
  });

  it('leaves other answers alone', () => {
    expect(groupNameConflict(ApiError.fromBody(500, { message: 'boom' }))).toBeUndefined();
    expect(
      groupNameConflict(ApiError.fromBody(400, { message: { groupname: 'is required' } })),
    ).toBeUndefined();
    expect(groupNameConflict(new Error('x'))).toBeUndefined();
  });
});

describe('newResourceSchema', () => {
  const schema = newResourceSchema(domains);

  it('starts with the tenant’s first domain', () => {
    expect(emptyResource(domains).address).toEqual({ local: '', domain: 'example.ru' });
    expect(emptyResource([]).address.domain).toBe('');
  });

  it('needs a name and a login', () => {
    expect(errorsOf(schema.safeParse(emptyResource(domains)))).toEqual({
      displayName: 'validation.required',
      'address.local': 'validation.required',
    });
  });

  it('applies the user address rules to the login', () => {
    const withLogin = (local: string) => ({
      ...emptyResource(domains),
      displayName: 'Rome',
      address: { local, domain: 'example.ru' },
    });
    expect(errorsOf(schema.safeParse(withLogin('переговорная')))).toEqual({
      'address.local': 'validation.address.characters',
    });
    expect(errorsOf(schema.safeParse(withLogin('.room')))).toEqual({
      'address.local': 'validation.address.dots',
    });
    expect(errorsOf(schema.safeParse(withLogin('a'.repeat(65))))).toEqual({
      'address.local': 'validation.address.localTooLong',
    });
    expect(errorsOf(schema.safeParse(withLogin('room.rome')))).toEqual({});
  });

  it('accepts only the tenant’s domains', () => {
    const values = {
      ...emptyResource(domains),
      displayName: 'Rome',
      address: { local: 'rome', domain: 'other.ru' },
    };
    expect(errorsOf(schema.safeParse(values))).toEqual({
      'address.domain': 'validation.address.foreignDomain',
    });
  });
});

describe('resource mappers', () => {
  it('builds the POST /resources parameters of figure 17', () => {
    expect(
      toCreateResourceBody(
        {
          displayName: ' Rome ',
          address: { local: ' Rome ', domain: 'example.ru' },
          l: ' MCK ',
          description: '4 этаж',
        },
        'Переговорные Москва',
      ),
    ).toEqual({
      displayName: 'Rome',
      mail: 'rome@example.ru',
      groupname: 'Переговорные Москва',
      l: 'MCK',
      description: '4 этаж',
    });
  });

  it('leaves out an empty city and description when creating', () => {
    const body = toCreateResourceBody(
      {
        displayName: 'Rome',
        address: { local: 'rome', domain: 'test.ru' },
        l: '',
        description: ' ',
      },
      'G',
    );
    expect(body.l).toBeUndefined();
    expect(body.description).toBeUndefined();
  });

  it('fills the edit form from a resource, absent fields as empty text', () => {
    expect(
      toResourceFormValues({ mail: 'r@example.ru', displayName: 'Нева', groupname: 'G' }),
    ).toEqual({ displayName: 'Нева', l: '', description: '' });
    expect(
      toResourceFormValues({
        mail: 'r@example.ru',
        displayName: 'Нева',
        groupname: 'G',
        l: 'Санкт-Петербург',
        description: '2 этаж',
      }),
    ).toEqual({ displayName: 'Нева', l: 'Санкт-Петербург', description: '2 этаж' });
  });

  it('sends PUT /resources by mailbox, with empty fields sent empty so PBM clears them', () => {
    expect(
      toUpdateResourceBody(
        { displayName: ' Нева ', l: '', description: ' ' },
        'room.neva@example.ru',
      ),
    ).toEqual({ mail: 'room.neva@example.ru', displayName: 'Нева', l: '', description: '' });
  });

  it('checks the edit form like the new one, without an address', () => {
    expect(
      errorsOf(resourceEditSchema.safeParse({ displayName: '', l: '', description: '' })),
    ).toEqual({
      displayName: 'validation.required',
    });
  });
});
