import { FeedError } from './errors.js';

const STRICT = /^[A-Za-z0-9_-]*$/;

/** Decodes base64url strictly: no padding, no `+` or `/`, no whitespace (RFC 7515 section 2). */
export function decodeBase64url(input: unknown, what: string): Uint8Array {
  if (typeof input !== 'string' || !STRICT.test(input) || input.length % 4 === 1) {
    throw new FeedError('invalid', `${what} is not strict base64url`);
  }
  const base64 = input.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** UTF-8 that refuses invalid sequences and a byte order mark instead of repairing them. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new FeedError('invalid', `${what} starts with a byte order mark`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FeedError('invalid', `${what} is not valid UTF-8`);
  }
}
