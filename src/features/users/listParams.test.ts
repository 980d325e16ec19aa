import { defaultUserListParams } from './api/userQueries';
import { parseUserListParams, toUserListSearchParams } from './listParams';

const parse = (query: string) => parseUserListParams(new URLSearchParams(query));

describe('parseUserListParams', () => {
  it('reads every parameter', () => {
    expect(parse('search=%D0%BF%D0%B5%D1%82%D1%80&page=3&orderby=sn&sort=1')).toEqual({
      search: 'петр',
      page: 3,
      orderby: 'sn',
      sort: 1,
    });
  });

  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(defaultUserListParams);
  });

  it.each([
    ['page=0', { page: 1 }],
    ['page=-2', { page: 1 }],
    ['page=2.5', { page: 1 }],
    ['page=abc', { page: 1 }],
    ['page=', { page: 1 }],
    ['page=99999999999999', { page: 999_999_999 }],
    ['orderby=userPassword', { orderby: 'mail' }],
    ['orderby=CN', { orderby: 'mail' }],
    ['sort=2', { sort: 0 }],
    ['sort=desc', { sort: 0 }],
    ['search=%20%20', { search: '' }],
  ])('falls back to a default for %s', (query, expected) => {
    expect(parse(query)).toEqual({ ...defaultUserListParams, ...expected });
  });

  it('takes the first of repeated keys and ignores unknown ones', () => {
    expect(parse('page=2&page=5&utm_source=mail')).toEqual({ ...defaultUserListParams, page: 2 });
  });

  it('keeps characters that mean something in a URL', () => {
    expect(parse(`search=${encodeURIComponent('a&b=c #%')}`).search).toBe('a&b=c #%');
  });
});

describe('toUserListSearchParams', () => {
  it('leaves the defaults out', () => {
    expect(toUserListSearchParams(defaultUserListParams).toString()).toBe('');
  });

  it('writes what differs and reads back the same view', () => {
    const params = { search: 'Пётр & Co', page: 2, orderby: 'cn', sort: 1 } as const;
    const query = toUserListSearchParams(params);
    expect(query.get('search')).toBe('Пётр & Co');
    expect(parseUserListParams(new URLSearchParams(query.toString()))).toEqual(params);
  });
});
