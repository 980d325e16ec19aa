import { http, HttpResponse } from 'msw';
import {
  getRuntimeConfig,
  loadRuntimeConfig,
  RuntimeConfigError,
  setRuntimeConfig,
} from './runtimeConfig';
import { server, TEST_API_BASE_URL } from '@/test/mockServer';

const CONFIG_URL = 'http://panel.test/config.json';

afterEach(() => setRuntimeConfig({ apiBaseUrl: TEST_API_BASE_URL, mock: false }));

describe('runtime config', () => {
  it('loads config.json and fills in what it leaves out', async () => {
    server.use(
      http.get(CONFIG_URL, () => HttpResponse.json({ apiBaseUrl: 'https://pbm.example.ru' })),
    );

    const config = await loadRuntimeConfig(CONFIG_URL);

    expect(config).toEqual({
      apiBaseUrl: 'https://pbm.example.ru',
      mock: false,
      support: { email: 'support@service.myoffice.ru' },
    });
    expect(getRuntimeConfig()).toBe(config);
  });

  it('bypasses the HTTP cache, so an edited file takes effect on the next load', async () => {
    // MSW's interceptor does not carry `cache` over to the Request it hands to handlers.
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    server.use(http.get(CONFIG_URL, () => HttpResponse.json({})));

    await loadRuntimeConfig(CONFIG_URL);

    expect(fetchSpy).toHaveBeenCalledWith(
      CONFIG_URL,
      expect.objectContaining({ cache: 'no-store' }),
    );
    fetchSpy.mockRestore();
  });

  it('names the problem when the file is missing, malformed or of the wrong shape', async () => {
    server.use(http.get(CONFIG_URL, () => new HttpResponse(null, { status: 404 })));
    await expect(loadRuntimeConfig(CONFIG_URL)).rejects.toThrow('config.json answered 404');

    server.use(http.get(CONFIG_URL, () => HttpResponse.text('{ not json')));
    await expect(loadRuntimeConfig(CONFIG_URL)).rejects.toThrow('config.json is not valid JSON');

    server.use(http.get(CONFIG_URL, () => HttpResponse.json({ mock: 'yes' })));
    await expect(loadRuntimeConfig(CONFIG_URL)).rejects.toBeInstanceOf(RuntimeConfigError);
  });
});
