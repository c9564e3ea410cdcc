/**
 * What `sign` says when lint errors stop it. It said "fix them, or sign anyway with --force" (trial X): a stressed desk
 * told so signs past anything, a [[TODO]] or a passed next update as well as the scammer's number it meant to quote.
 * Now only the held number is let through, by name (`--number-ok`, lint/number-ok.ts, the studio's tick); `--force`
 * stays for scripts (--help) but is no longer offered here.
 */
import { heldNumber, onlyHeldErrors } from '../lint/number-ok.js';
import type { Finding } from '../lint/index.js';
import { shellArg } from '../lint/shell.js';
import { nlCount } from './lint-report.js';

/** The refusal, given the findings that stopped it, the file, the key file and --out (for the command to copy). */
export function signRefusal(findings: readonly Finding[], lang: 'en' | 'nl', file: string, key: string, out: string | undefined): string {
  const errors = findings.filter((f) => f.severity === 'error');
  const numbers = [...new Set(errors.map(heldNumber).filter((n): n is string => n !== undefined))];
  const ok = numbers.map((n) => `--number-ok ${shellArg(n)}`).join(' ');
  const cmd = `clearline sign --key ${shellArg(key)} ${ok} ${shellArg(file)}${out ? ` --out ${shellArg(out)}` : ''}`;
  const one = numbers.length === 1;
  if (onlyHeldErrors(findings)) {
    return lang === 'nl'
      ? `niet ondertekend: ${one ? 'het nummer hierboven verschilt' : `${numbers.length} nummers hierboven verschillen`} één cijfer of een omwisseling van uw eigen lijn. ` +
          `Klopt ${one ? 'het' : 'een ervan'} niet, verbeter het dan in ${file}. Is het met opzet zo (het nummer van oplichters waarvoor u waarschuwt), onderteken dan zo: ${cmd}`
      : `not signed: ${one ? 'the number above is' : `${numbers.length} numbers above are`} one digit or one swap off your own line. ` +
          `If ${one ? 'it is' : 'one is'} wrong, correct it in ${file}. If it is meant as it is (a scammer's number you warn about), sign so: ${cmd}`;
  }
  const held = numbers.length
    ? lang === 'nl'
      ? `; een nummer hierboven dat met opzet zo is (van oplichters), laat u door met ${ok}`
      : `; a number above that is meant as it is (a scammer's) goes through with ${ok}`
    : '';
  return lang === 'nl'
    ? `niet ondertekend: ${nlCount(errors.length, 'fout', 'fouten')} hierboven; los ze op in ${file} en onderteken opnieuw${held}`
    : `not signed: ${errors.length} lint error(s) above; fix them in ${file} and sign again${held}`;
}

/** `--number-ok` numbers no held number is about: nothing was let through for them (a typo, or the text was corrected). */
export const numberOkUnmatched = (numbers: readonly string[], lang: 'en' | 'nl'): string =>
  lang === 'nl'
    ? `--number-ok ${numbers.join(', ')}: geen nummer in de teksten dat één cijfer of een omwisseling van uw eigen lijn verschilt, staat zo geschreven; voor dit nummer is niets doorgelaten`
    : `--number-ok ${numbers.join(', ')}: no number in the texts one digit or one swap off your own line is written so; nothing was let through for it`;
