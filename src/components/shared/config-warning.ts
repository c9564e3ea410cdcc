/**
 * One `console.warn` per mistake in the embed code, with the fix, for the web developer who set
 * it up (readers see the plain-words notice; the `clearline-error` event carries the code).
 */
const FIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/private key/, 'put the PUBLIC key in public-key (the one `clearline keygen` printed, without "d"); never publish the private key file, and make a new key pair if it was.'],
  [/not valid JSON/, "public-key must be the JSON of a JWK, e.g. public-key='{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"…\"}' (single quotes around the attribute, double quotes inside)."],
  [/no public[- ]key/, 'add public-key with the public key that `clearline keygen` printed; without it nothing is fetched.'],
  [/Ed25519|P-256|JWK object|alg/, 'use the public JWK that `clearline keygen` printed, unchanged.'],
  [/at most 8/, 'pin at most 8 keys (the current one and the next one are enough).'],
];

/** The fix for a configuration error message, in one sentence. */
export function configFix(message: string): string {
  return FIXES.find(([re]) => re.test(message))?.[1] ?? 'check the src, public-key and feed-id attributes against the snippet `clearline keygen` printed.';
}

const warned = new WeakMap<Element, Set<string>>();

/** Warns once per element and message. */
export function warnOnce(host: Element, message: string): void {
  const seen = warned.get(host) ?? new Set<string>();
  if (seen.has(message)) return;
  seen.add(message);
  warned.set(host, seen);
  console.warn(`<${host.localName}${host.getAttribute('src') ? ` src="${host.getAttribute('src')}"` : ''}>: ${message}`);
}
