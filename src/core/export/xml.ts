/**
 * Text as XML 1.0 character data or attribute value: markup characters escaped, characters XML
 * cannot hold (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF)
 * dropped, and in attributes tab and line breaks as character references so that attribute-value
 * normalisation does not turn them into spaces.
 */
export function xmlText(value: string): string {
  return allowedCharacters(value).replace(/[&<>]/g, (character) => ESCAPES[character]);
}

export function xmlAttribute(value: string): string {
  return allowedCharacters(value).replace(/[&<>"\t\n\r]/g, (character) => ESCAPES[character]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

function allowedCharacters(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}
