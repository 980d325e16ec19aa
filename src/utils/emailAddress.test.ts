import {
  addressPartsSchema,
  addressProblem,
  joinAddress,
  localPartProblem,
  splitAddress,
} from './emailAddress';

describe('local part', () => {
  it.each([
    ['', 'validation.required'],
    ['иван', 'validation.address.characters'],
    ['a b', 'validation.address.characters'],
    ['.anna', 'validation.address.dots'],
    ['anna.', 'validation.address.dots'],
    ['an..na', 'validation.address.dots'],
    ['a'.repeat(65), 'validation.address.localTooLong'],
  ])('%j is refused with %s', (local, problem) => {
    expect(localPartProblem(local)).toBe(problem);
  });

  it.each(['anna', 'anna.petrova', 'a_b-c+d%e', 'a'.repeat(64)])('%j is accepted', (local) => {
    expect(localPartProblem(local)).toBeUndefined();
  });
});

describe('whole address', () => {
  it.each([
    ['anna', 'validation.address.format'],
    ['@example.ru', 'validation.address.format'],
    ['anna@', 'validation.address.format'],
    ['anna@localhost', 'validation.address.domain'],
    ['anna@-x.ru', 'validation.address.domain'],
    [
      `a@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(61)}`,
      'validation.address.tooLong',
    ],
  ])('%j is refused with %s', (address, problem) => {
    expect(addressProblem(address)).toBe(problem);
  });

  it('accepts an external address', () => {
    expect(addressProblem('partner@mail.example.com')).toBeUndefined();
  });
});

describe('login + domain', () => {
  const schema = addressPartsSchema(['example.ru', 'test.ru']);

  it('puts each problem on the input it concerns', () => {
    const result = schema.safeParse({ local: 'bad..login', domain: 'other.ru' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['local', 'validation.address.dots'],
      ['domain', 'validation.address.foreignDomain'],
    ]);
  });

  it('trims the login and joins in lower case', () => {
    const parsed = schema.parse({ local: ' Anna.Petrova ', domain: 'example.ru' });
    expect(joinAddress(parsed)).toBe('anna.petrova@example.ru');
    expect(splitAddress('anna@test.ru')).toEqual({ local: 'anna', domain: 'test.ru' });
  });
});
