import { toSignInRequest, validateSignIn } from './schemas';

describe('sign-in form rules', () => {
  it('requires both fields', () => {
    expect(validateSignIn({ login: '', password: '' })).toEqual({
      login: 'validation.required',
      password: 'validation.required',
    });
  });

  it('treats a login of spaces as empty, but a password of spaces as a password', () => {
    expect(validateSignIn({ login: '   ', password: '   ' })).toEqual({
      login: 'validation.required',
    });
  });

  it('accepts a login or an email with a password', () => {
    expect(validateSignIn({ login: 'admin', password: 'x' })).toEqual({});
  });

  it('sends the login trimmed and the password as typed', () => {
    expect(toSignInRequest({ login: ' admin@example.ru ', password: ' p ' })).toEqual({
      login: 'admin@example.ru',
      password: ' p ',
    });
  });
});
