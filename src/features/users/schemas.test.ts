import type { User } from './api/userQueries';
import {
  AVATAR_MAX_BYTES,
  toCreateBody,
  toFormValues,
  toPatchBody,
  userFormSchema,
  type UserFormMode,
  type UserFormValues,
} from './schemas';

const domains = ['example.ru', 'test.ru'];

const valid: UserFormValues = {
  ...toFormValues(undefined, 'example.ru'),
  login: { local: 'anna.petrova', domain: 'example.ru' },
  password: 'secret-1',
  passwordRepeat: 'secret-1',
  cn: 'Анна',
  sn: 'Петрова',
};

const stored: User = {
  mail: 'anna.petrova@example.ru',
  'tenant-id': 'default',
  employeeNumber: 2,
  cn: 'Анна',
  sn: 'Петрова',
  ou: 'Бухгалтерия',
  alias: ['anna@example.ru', 'a.petrova@test.ru'],
  quota: 1024,
  quotaUsed: 100,
  inetUserStatus: 1,
  lang: 'ru-RU',
  jpegPhoto: 'data:image/png;base64,AAAA',
};

/** Every problem as `path: message`, or [] when the values pass. */
function problems(values: Partial<UserFormValues>, mode: UserFormMode = 'create') {
  const result = userFormSchema(domains, mode).safeParse({ ...valid, ...values });
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the user form schema', () => {
  it('accepts a complete new user', () => {
    expect(problems({})).toEqual([]);
  });

  it.each([
    ['cn', { cn: '  ' }],
    ['sn', { sn: '' }],
    ['login.local', { login: { local: '', domain: 'example.ru' } }],
    ['login.domain', { login: { local: 'anna', domain: '' } }],
    ['password', { password: '', passwordRepeat: '' }],
  ])('requires %s', (path, values) => {
    expect(problems(values)).toContain(`${path}: validation.required`);
  });

  it('requires a role of the two the guide names', () => {
    expect(problems({ employeeNumber: '' as '1' })).toEqual([
      'employeeNumber: validation.required',
    ]);
  });

  it('requires the repeated password on create only', () => {
    expect(problems({ passwordRepeat: '' })).toEqual(['passwordRepeat: validation.required']);
    expect(problems({ password: '', passwordRepeat: '' }, 'edit')).toEqual([]);
  });

  it('wants the two passwords to match, on create and edit', () => {
    const mismatch = ['passwordRepeat: userForm:validation.passwordMismatch'];
    expect(problems({ passwordRepeat: 'secret-2' })).toEqual(mismatch);
    expect(problems({ password: 'new', passwordRepeat: '' }, 'edit')).toEqual(mismatch);
  });

  it.each([
    ['иван', 'validation.address.characters'],
    ['.anna', 'validation.address.dots'],
    ['a'.repeat(65), 'validation.address.localTooLong'],
  ])('checks the login %j', (local, message) => {
    expect(problems({ login: { local, domain: 'example.ru' } })).toEqual([
      `login.local: ${message}`,
    ]);
  });

  it('accepts a 64-byte login and refuses a domain of another tenant', () => {
    expect(problems({ login: { local: 'a'.repeat(64), domain: 'test.ru' } })).toEqual([]);
    expect(problems({ login: { local: 'anna', domain: 'other.org' } })).toEqual([
      'login.domain: validation.address.foreignDomain',
    ]);
  });

  it('checks each alias as a login and domain', () => {
    const aliases = [
      { local: 'an..na', domain: 'example.ru' },
      { local: 'anna', domain: 'elsewhere.org' },
    ];
    expect(problems({ aliases })).toEqual([
      'aliases.0.local: validation.address.dots',
      'aliases.1.domain: validation.address.foreignDomain',
    ]);
  });

  it('refuses an alias equal to the login or to another alias, ignoring case', () => {
    const aliases = [
      { local: 'Anna.Petrova', domain: 'example.ru' },
      { local: 'anna', domain: 'test.ru' },
      { local: 'ANNA', domain: 'test.ru' },
    ];
    expect(problems({ aliases })).toEqual([
      'aliases.0.local: userForm:validation.aliasIsLogin',
      'aliases.2.local: userForm:validation.aliasDuplicate',
    ]);
  });

  it.each(['0', '-5', '1.5', '10e3', 'много', '1234567890'])('refuses the quota %j', (quota) => {
    expect(problems({ quota })).toEqual(['quota: userForm:validation.quota']);
  });

  it('accepts a whole number of MB or no quota (the default)', () => {
    expect(problems({ quota: '2048' })).toEqual([]);
    expect(problems({ quota: '' })).toEqual([]);
  });

  it('keeps a quota the user has: PBM cannot return it to the default', () => {
    const schema = userFormSchema(domains, 'edit', { quotaRequired: true });
    const result = schema.safeParse({ ...valid, quota: '' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['validation.required']);
  });

  it.each(['+7 (812) 123-45-67', '7(812)1234567', '112'])('accepts the phone %j', (phone) => {
    expect(problems({ telephoneNumber: phone, homePhone: phone })).toEqual([]);
  });

  it.each(['8 800 CALL-ME', '+7-812-123#45', '()-'])('refuses the phone %j', (phone) => {
    expect(problems({ telephoneNumber: phone, homePhone: phone })).toEqual([
      'telephoneNumber: userForm:validation.phone',
      'homePhone: userForm:validation.phone',
    ]);
  });

  it('takes address-book visibility 0–3 or none, status 0–2 and the eight languages', () => {
    expect(problems({ employeeType: '3', inetUserStatus: '2', lang: 'tt-RU' })).toEqual([]);
    expect(
      problems({
        employeeType: '4' as '3',
        inetUserStatus: '3' as '2',
        lang: 'de-DE' as 'en-US',
      }),
    ).toEqual([
      'employeeType: userForm:validation.choice',
      'lang: userForm:validation.choice',
      'inetUserStatus: userForm:validation.choice',
    ]);
  });

  it('takes JPEG, PNG or WebP avatars up to 1 MiB', () => {
    const image = (type: string, size = 10) => new File([new Uint8Array(size)], 'a', { type });
    expect(problems({ photo: image('image/webp') })).toEqual([]);
    expect(problems({ photo: image('image/png', AVATAR_MAX_BYTES) })).toEqual([]);
    expect(problems({ photo: image('image/gif') })).toEqual([
      'photo: userForm:validation.photoType',
    ]);
    expect(problems({ photo: image('image/jpeg', AVATAR_MAX_BYTES + 1) })).toEqual([
      'photo: userForm:validation.photoSize',
    ]);
  });
});

describe('the request bodies', () => {
  it('creates with the address and only the fields filled in', () => {
    const photo = new File(['x'], 'a.png', { type: 'image/png' });
    const { mail, body } = toCreateBody({
      ...valid,
      login: { local: 'Anna.Petrova', domain: 'example.ru' },
      quota: '2048',
      aliases: [
        { local: 'anna', domain: 'example.ru' },
        { local: 'ap', domain: 'test.ru' },
      ],
      ou: 'Бухгалтерия',
      employeeType: '0',
      photo,
    });
    expect(mail).toBe('anna.petrova@example.ru');
    expect(body).toEqual({
      userPassword: 'secret-1',
      employeeNumber: 2,
      cn: 'Анна',
      sn: 'Петрова',
      lang: 'en-US',
      inetUserStatus: 1,
      ou: 'Бухгалтерия',
      quota: 2048,
      alias: 'anna@example.ru,ap@test.ru',
      employeeType: 0,
      jpegPhoto: photo,
    });
  });

  it('reads a profile into the form', () => {
    expect(toFormValues(stored)).toMatchObject({
      login: { local: 'anna.petrova', domain: 'example.ru' },
      employeeNumber: '2',
      quota: '1024',
      aliases: [
        { local: 'anna', domain: 'example.ru' },
        { local: 'a.petrova', domain: 'test.ru' },
      ],
      ou: 'Бухгалтерия',
      title: '',
      employeeType: '',
      lang: 'ru-RU',
      inetUserStatus: '1',
      photo: 'data:image/png;base64,AAAA',
      password: '',
    });
  });
});

describe('the PATCH diff', () => {
  const initial = toFormValues(stored);
  const diff = (changes: Partial<UserFormValues>) =>
    toPatchBody(initial, { ...initial, ...changes });

  it('is empty when nothing changed', () => {
    expect(diff({})).toEqual({});
  });

  it('sends only the changed fields', () => {
    expect(diff({ quota: '2048', ou: 'Разработка', inetUserStatus: '0' })).toEqual({
      quota: 2048,
      ou: 'Разработка',
      inetUserStatus: 0,
    });
  });

  it('renames when the login or only the domain changes', () => {
    expect(diff({ login: { local: 'anna.p', domain: 'example.ru' } })).toEqual({
      mail: 'anna.p@example.ru',
    });
    expect(diff({ login: { local: 'anna.petrova', domain: 'test.ru' } })).toEqual({
      mail: 'anna.petrova@test.ru',
    });
  });

  it('sends the aliases whole, comma-joined without spaces, and empty to clear them', () => {
    expect(diff({ aliases: [{ local: 'ann', domain: 'test.ru' }, ...initial.aliases] })).toEqual({
      alias: 'ann@test.ru,anna@example.ru,a.petrova@test.ru',
    });
    expect(diff({ aliases: [] })).toEqual({ alias: '' });
  });

  it('sends an emptied text field empty, which clears it', () => {
    expect(diff({ ou: '' })).toEqual({ ou: '' });
  });

  it('sends the password only when one was typed', () => {
    expect(diff({ password: '' })).toEqual({});
    expect(diff({ password: 'n3w', passwordRepeat: 'n3w' })).toEqual({ userPassword: 'n3w' });
  });

  it('sends a new avatar file, or an empty value to remove it', () => {
    const photo = new File(['x'], 'a.webp', { type: 'image/webp' });
    expect(diff({ photo })).toEqual({ jpegPhoto: photo });
    expect(diff({ photo: '' })).toEqual({ jpegPhoto: '' });
  });
});
