/**
 * Whether a clause that tells to call ("Call …", "Bel …") names someone else than a line the phone message says anyway
 * (ivr-todo.ts, saysMore). Trial T: "Someone uses medical equipment at home: Call the supplier of the equipment; call 911
 * if a life is in danger" was left out of a US co-op's message as a mere call to 911, and named nowhere. A clause that
 * calls the supplier, the GP ("Bel uw huisarts") or a neighbour says more; one that names only a number, a line or a
 * service ("Bel direct het storingsnummer", "Bel de hulpdiensten", "Bel nu onze voorrangslijn", "Call us by 8pm"), or
 * the words of a line said, does not. Pure.
 */

/** The verbs that tell to call (as CALL in ivr-todo.ts). */
const VERB = /^(?:bel|belt|bellen|call|dial|ring|phone)$/i;
/** Small words around a call: when, to whom in general, articles. */
const SMALL = new Set(
  'now right away at once immediately directly straight first then again us our ours we the a an this that by at from before after until today tonight any time anytime day night and or nu direct meteen onmiddellijk eerst dan weer opnieuw ons onze het de een dit dat deze om vanaf voor na tot uiterlijk vandaag vanavond altijd dag nacht en of'.split(' '),
);
/** A word that names a number, a line or a service: "storingsnummer", "voorrangslijn", "hulpdiensten", "emergency services". */
const LINE = /(?:nummers?|lijn|lijnen|numbers?|lines?|dienst|diensten|services?|emergency|noodgevallen)$/iu;

const wordsOf = (s: string) => s.toLocaleLowerCase().match(/[\p{L}\d'’]+/gu) ?? [];

export function callsSomeoneElse(clause: string, lineLabels: readonly string[]): boolean {
  const known = new Set(lineLabels.flatMap(wordsOf));
  // What follows "if" is when, not whom: "Bel ons als u hulp nodig heeft".
  const whom = clause.split(/\s(?:if|when|whenever|as soon as|als|wanneer|indien|zodra)\s/i)[0]!;
  return wordsOf(whom).some((w) => !VERB.test(w) && !SMALL.has(w) && !LINE.test(w) && !known.has(w));
}
