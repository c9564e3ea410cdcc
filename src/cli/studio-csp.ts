/** The studio page's Content Security Policy: strict, with Trusted Types; `connect` adds the public feed's origin (--public-url). */
export function studioCsp(connect: string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self'${connect.map((c) => ` ${c}`).join('')}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html dompurify',
  ].join('; ');
}
