/** Escaping for XML text and attribute values; drops characters XML 1.0 cannot hold. */
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlText(s: string): string {
  return s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;');
}

/** An element with escaped text content, or '' when the text is empty. */
export function el(name: string, text: string | undefined, attrs = ''): string {
  return text ? `<${name}${attrs}>${xmlText(text)}</${name}>` : '';
}
