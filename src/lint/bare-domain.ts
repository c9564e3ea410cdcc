/**
 * Web addresses written without `https://` or `www.`: "betaal via riverbendwater-pay.example", "ga naar
 * energie-noord-herstel.nl". Phones and mail apps turn them into links as they do `www.…`, and scam sites are quoted
 * this way as often; lint (rules/foreign-link.ts) did not see them. Pure.
 *
 * Only a name ending in a known top-level domain, written in lower case (or all in capitals): so "e.g.", "a.m.",
 * "v.a.", "St. Anne's", "1.200", "15.30" and a sentence missing its space ("storing.De monteur") are no address, nor
 * a file name ("formulier.pdf", "photo.jpg", "notes.zip": `.zip` and `.mov` are domains too, but read as files).
 */

/**
 * Top-level domains people here meet: the common generic ones, the reserved `example`, and European, British, North
 * American and nearby countries'; not `de`, `it`, `no`, `at`: words, so "bijv.de monteur" typed without a space is none.
 */
const TLDS = new Set(
  (
    'com net org info biz edu gov nl be eu fr uk ie us ca au nz lu ch es pt dk se fi pl cz ' +
    'example io co app online site shop store xyz top club live help support services tech website link ' +
    'email news amsterdam brussels vlaanderen frl gent london nyc'
  ).split(' '),
);

/** A host name (labels with a letter in the first, then a dot and the top-level domain), its path after it, if any. */
const BARE = /(?<![\p{L}\p{N}_@./:\-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,13}))((?:\/[^\s<>()"]*[^\s<>()".,;:!?])?)(?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}])/giu;

/** The bare domains in `text` ("riverbendwater-pay.example/betalen") as written, each with its host in lower case. */
export function bareDomains(text: string): { shown: string; host: string }[] {
  const found: { shown: string; host: string }[] = [];
  for (const m of text.matchAll(BARE)) {
    const [shown, name, tld] = m as unknown as [string, string, string];
    if (!TLDS.has(tld.toLowerCase())) continue;
    // "storing.De" or "Bol.Com" typed without a space: a domain's ending is written small (or the whole name in capitals).
    if (tld !== tld.toLowerCase() && name !== name.toUpperCase()) continue;
    if (!/\p{L}/u.test(name.slice(0, -tld.length))) continue;
    // "www.…" is webAddresses' to find, with its scheme if it has one.
    if (/^www\./i.test(name)) continue;
    found.push({ shown, host: name.toLowerCase() });
  }
  return found;
}
