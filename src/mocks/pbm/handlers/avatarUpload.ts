import type { RequestParams } from './params.ts';

// Inferred limits for `jpegPhoto` uploads: the image types browsers show, up to 1 MiB.
const AVATAR_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_AVATAR_BYTES = 1024 * 1024;

/** `value`: a data: URL to store, `null` to remove (`jpegPhoto=`), undefined when not sent. */
export type AvatarUpload = { value: string | null | undefined } | { problem: string };

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list small.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

export async function readAvatar(params: RequestParams): Promise<AvatarUpload> {
  const file = params.file('jpegPhoto');
  if (!file) {
    const text = params.text('jpegPhoto');
    if (text === undefined) return { value: undefined };
    return text.trim() === '' ? { value: null } : { problem: 'jpegPhoto must be an image file' };
  }
  if (!AVATAR_TYPES.includes(file.type)) {
    return { problem: `jpegPhoto must be one of ${AVATAR_TYPES.join(', ')}` };
  }
  if (file.size > MAX_AVATAR_BYTES) return { problem: 'jpegPhoto must be at most 1 MiB' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { value: `data:${file.type};base64,${toBase64(bytes)}` };
}
