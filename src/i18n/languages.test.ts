import { matchBrowserLanguage } from './languages';

describe('matching the browser language', () => {
  it('takes an exact match first', () => {
    expect(matchBrowserLanguage(['tt-RU', 'ru-RU'])).toBe('tt-RU');
  });

  it('matches by the primary language', () => {
    expect(matchBrowserLanguage(['ru'])).toBe('ru-RU');
    expect(matchBrowserLanguage(['pt-PT'])).toBe('pt-BR');
    expect(matchBrowserLanguage(['de-DE', 'fr-CA'])).toBe('fr-FR');
  });

  it('finds nothing for languages the panel does not have', () => {
    expect(matchBrowserLanguage(['de-DE', 'ja'])).toBeUndefined();
  });
});
