import {
  mailingListSchema,
  parseMemberInput,
  toCreateRequestBody,
  toFormValues,
  toUpdateRequestBody,
  type MailingListValues,
} from './schemas';

const domains = ['example.ru', 'test.ru'];
const schema = mailingListSchema(domains);

const values = (overrides: Partial<MailingListValues> = {}): MailingListValues => ({
  displayName: 'Разработка',
  address: { local: 'dev', domain: 'example.ru' },
  members: ['anna@example.ru', 'partner@gmail.com'],
  ...overrides,
});

const issues = (input: MailingListValues) =>
  schema.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('the mailing list schema', () => {
  it('accepts a name, a mailbox in a tenant domain and members of any domain', () => {
    expect(schema.safeParse(values()).success).toBe(true);
  });

  it('accepts a list without members', () => {
    expect(schema.safeParse(values({ members: [] })).success).toBe(true);
  });

  it('trims the name and refuses a blank or overlong one', () => {
    expect(schema.parse(values({ displayName: '  Продажи ' })).displayName).toBe('Продажи');
    expect(issues(values({ displayName: '   ' }))).toEqual([
      ['displayName', 'validation.required'],
    ]);
    expect(issues(values({ displayName: 'я'.repeat(257) }))).toEqual([
      ['displayName', 'maillists:validation.nameTooLong'],
    ]);
  });

  it('puts mailbox problems on the login or the domain', () => {
    expect(issues(values({ address: { local: 'dev..team', domain: 'gmail.com' } }))).toEqual([
      ['address.local', 'validation.address.dots'],
      ['address.domain', 'validation.address.foreignDomain'],
    ]);
  });

  it('refuses the list as its own member, whatever the case of the login', () => {
    const input = values({ address: { local: 'Anna', domain: 'example.ru' } });
    expect(issues(input)).toEqual([['members', 'maillists:validation.selfMember']]);
  });
});

describe('parsing typed member text', () => {
  const parse = (text: string, members: string[] = [], ownAddress?: string) =>
    parseMemberInput(text, { members, ownAddress });

  it('trims and splits on commas, semicolons, spaces and new lines', () => {
    expect(parse(' a@x.ru,b@y.ru; c@z.ru\nd@w.ru  e@v.ru ').added).toEqual([
      'a@x.ru',
      'b@y.ru',
      'c@z.ru',
      'd@w.ru',
      'e@v.ru',
    ]);
  });

  it('lower-cases and drops the brackets and quotes mail programs copy', () => {
    expect(parse('<Anna.Petrova@Example.RU>, "boss@partner.com"').added).toEqual([
      'anna.petrova@example.ru',
      'boss@partner.com',
    ]);
  });

  it('reports what is no address, as typed, instead of dropping it', () => {
    expect(parse('a@x.ru, Петров, b@@y.ru')).toEqual({
      added: ['a@x.ru'],
      invalid: ['Петров', 'b@@y.ru'],
      duplicates: [],
      ownAddress: false,
    });
  });

  it('finds duplicates case-insensitively, against members and within the text', () => {
    expect(parse('A@x.ru, b@y.ru, B@Y.ru', ['a@x.ru'])).toEqual({
      added: ['b@y.ru'],
      invalid: [],
      duplicates: ['a@x.ru', 'b@y.ru'],
      ownAddress: false,
    });
  });

  it("refuses the list's own address", () => {
    expect(parse('Dev@example.ru', [], 'dev@example.ru')).toMatchObject({
      added: [],
      ownAddress: true,
    });
  });

  it('ignores empty pieces', () => {
    expect(parse(' ,; \n')).toEqual({ added: [], invalid: [], duplicates: [], ownAddress: false });
  });
});

describe('form values and request bodies', () => {
  const list = { mail: 'dev@example.ru', displayName: 'Разработка', alias: ['anna@example.ru'] };

  it('loads a list into the form, and starts a new one in the first domain', () => {
    expect(toFormValues(list, 'example.ru')).toEqual({
      displayName: 'Разработка',
      address: { local: 'dev', domain: 'example.ru' },
      members: ['anna@example.ru'],
    });
    expect(toFormValues(undefined, 'test.ru')).toEqual({
      displayName: '',
      address: { local: '', domain: 'test.ru' },
      members: [],
    });
  });

  it('creates with every parameter, members as a JSON array', () => {
    const body = toCreateRequestBody(schema.parse(values({ displayName: ' Dev ' })), 'default');
    expect(body).toEqual({
      'tenant-id': 'default',
      mail: 'dev@example.ru',
      displayName: 'Dev',
      alias: '["anna@example.ru","partner@gmail.com"]',
    });
    expect(JSON.parse(body.alias)).toEqual(['anna@example.ru', 'partner@gmail.com']);
  });

  it('sends the whole member list on PUT, and no newmail when the address is unchanged', () => {
    const body = toUpdateRequestBody(values({ members: [] }), 'default', list);
    expect(body).toEqual({
      'tenant-id': 'default',
      mail: 'dev@example.ru',
      displayName: 'Разработка',
      alias: '[]',
    });
    expect(body).not.toHaveProperty('newmail');
  });

  it('renames with newmail, addressing the list by its current address', () => {
    const renamed = values({ address: { local: 'Developers', domain: 'test.ru' } });
    expect(toUpdateRequestBody(renamed, 'default', list)).toMatchObject({
      mail: 'dev@example.ru',
      newmail: 'developers@test.ru',
    });
  });
});
