/**
 * A freephone number typed in another country's form: trial W's UK gas emergency number "0800 111 999" (0800 and six
 * digits) in a Dutch feed became tel:+31800111999, and lint said only that Dutch 0800 numbers have 4 or 7 digits after
 * 0800. The same digits are a British freephone number, and a Belgian one has five ("0800 12 345"). Only numbers that
 * start 080 (the freephone forms 0800 and 0808) and whose length does not fit their own country are named, so an
 * ordinary number with a digit missing is never said to be Belgian. For lint and the CLI; readers do not need it. Pure.
 */
import { digitCountProblem } from './dialling.js';
import { COUNTRIES, international, numberIn } from './foreign-prefix.js';

export interface FreephoneAbroad {
  /** The country the digits make a freephone number in (its calling code) and the number written for it: "+44 800 111 999". */
  code: string;
  written: string;
  /** "British", "Brits". */
  en: string;
  nl: string;
}

/** For tel:+31800111999: the British +44 800 111 999. Undefined when the number fits its country or starts otherwise. */
export function freephoneAbroad(href: string): FreephoneAbroad | undefined {
  const m = /^tel:\+(31|44|32)(80\d+)$/i.exec(href.replace(/[\s().-]/g, ''));
  if (!m || !digitCountProblem(href)) return undefined;
  const [code, rest] = [m[1]!, m[2]!];
  const other = ['44', '31', '32'].find((c) => c !== code && numberIn(c, rest) && !digitCountProblem(`tel:+${c}${rest}`));
  return other ? { code: other, written: international(other, rest), en: COUNTRIES[other]!.en, nl: COUNTRIES[other]!.nl } : undefined;
}
