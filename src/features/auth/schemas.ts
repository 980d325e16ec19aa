/**
 * Sign-in form (guide 3.1): "Логин или Email" and password. This one form is validated without
 * zod and react-hook-form: the sign-in page is what every admin downloads first, and two
 * required fields do not justify ~40 KB of libraries there. Messages are i18n keys.
 */
export interface SignInValues {
  login: string;
  password: string;
}

export type SignInErrors = Partial<Record<keyof SignInValues, string>>;

export const emptySignIn: SignInValues = { login: '', password: '' };

export function validateSignIn(values: SignInValues): SignInErrors {
  const errors: SignInErrors = {};
  if (!values.login.trim()) errors.login = 'validation.required';
  if (!values.password) errors.password = 'validation.required';
  return errors;
}

/** What is sent: the login without surrounding spaces (pasted addresses often carry them). */
export function toSignInRequest(values: SignInValues): SignInValues {
  return { login: values.login.trim(), password: values.password };
}
