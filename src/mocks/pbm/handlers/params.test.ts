// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AVATARS } from '../seed/avatars.ts';
import { callPbm, signIn, setUpMockPbm } from '../testing/mockPbmTestServer.ts';
import { readParams } from './params.ts';

setUpMockPbm();
let token = '';
beforeAll(async () => {
  token = await signIn();
});

const request = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://pbm.test/x?a=query&b=query', { method: 'POST', body, headers });

describe('readParams', () => {
  it('merges the query with an urlencoded body, the body winning', async () => {
    const params = await readParams(request(new URLSearchParams({ b: 'body', c: 'Иван' })));
    expect([params.text('a'), params.text('b'), params.text('c'), params.has('d')]).toEqual([
      'query',
      'body',
      'Иван',
      false,
    ]);
  });

  it('reads real multipart, files included', async () => {
    const form = new FormData();
    form.append('b', 'multipart');
    form.append('jpegPhoto', new File(['png'], 'a.png', { type: 'image/png' }));
    const params = await readParams(request(form));
    expect(params.text('b')).toBe('multipart');
    expect(await params.file('jpegPhoto')?.text()).toBe('png');
    expect(params.text('jpegPhoto')).toBeUndefined();
  });

  it('reads the guide’s boundary-less "multipart/form-data" as urlencoded text', async () => {
    const body = 'userPassword=p&cn=%D0%98%D0%B2%D0%B0%D0%BD';
    const params = await readParams(request(body, { 'content-type': 'multipart/form-data' }));
    expect([params.text('userPassword'), params.text('cn')]).toEqual(['p', 'Иван']);
  });

  it('reads urlencoded text sent as multipart with a boundary that does not fit', async () => {
    const headers = { 'content-type': 'multipart/form-data; boundary=nothing' };
    expect((await readParams(request('b=text', headers))).text('b')).toBe('text');
  });
});

describe('avatars (jpegPhoto)', () => {
  const upload = (file: File) => {
    const form = new FormData();
    form.append('jpegPhoto', file);
    return callPbm('PATCH', '/v2/users/default/user@example.ru', { token, body: form });
  };
  const pngBytes = Uint8Array.from(atob(DEMO_AVATARS[0]?.split(',')[1] ?? ''), (c) =>
    c.charCodeAt(0),
  );

  it('stores an uploaded image as a data URL and removes it on an empty value', async () => {
    expect((await upload(new File([pngBytes], 'me.png', { type: 'image/png' }))).status).toBe(200);
    const user = await callPbm('GET', '/v2/users/default/user@example.ru', { token });
    expect(user.body.jpegPhoto).toBe(DEMO_AVATARS[0]);
    const list = await callPbm('GET', '/v2/users/default?search=user@example.ru', { token });
    expect(list.body.users[0].hasAvatar).toBe(true);
    const form = { jpegPhoto: '' };
    await callPbm('PATCH', '/v2/users/default/user@example.ru', { token, form });
    const cleared = await callPbm('GET', '/v2/users/default/user@example.ru', { token });
    expect(cleared.body).not.toHaveProperty('jpegPhoto');
  });

  it('refuses other file types and files over 1 MiB', async () => {
    const gif = await upload(new File(['GIF89a'], 'a.gif', { type: 'image/gif' }));
    expect(gif.body.message).toEqual({
      jpegPhoto: 'jpegPhoto must be one of image/jpeg, image/png, image/webp',
    });
    const huge = await upload(
      new File([new Uint8Array(1024 * 1024 + 1)], 'a.jpg', { type: 'image/jpeg' }),
    );
    expect(huge.body.message).toEqual({ jpegPhoto: 'jpegPhoto must be at most 1 MiB' });
  });
});
