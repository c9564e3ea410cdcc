/**
 * Which sentence of what we know (or of a closing text) tells the reader what to do or reassures them, so that a short
 * channel that has room says that one before a plain description. Trial Z (a hospital trust, doctors' strike): with
 * 70 characters free the SMS left out "If you have not heard from us, come as planned", and the all-clear left out "You do
 * not need to call us, unless you have not heard from us by 9 January". The phone message ranks sentences the same way
 * (ivrkeep): this small pure module is meant to be shared by both. English and Dutch. Pure.
 */

/** Verbs that open an instruction (imperative), English and Dutch. */
const DO = new Set(('use call go come stay keep check boil bring visit contact avoid wait ring text book rebook look read follow ' +
  'please do don\'t dont never make take let run turn switch leave find ask tell send fill ' +
  'gebruik bel ga kom blijf houd hou kijk kook neem vermijd wacht lees volg doe maak laat zet draai vul stuur vraag zoek meld app mail').split(' '));
/** Words that reassure or tell what to do without an imperative first word ("you do not need to", "stays open", "come as planned"). */
const SAYS = /(?<!\p{L})(?:you (?:do not|don't|no longer) need|you can|you may|you should|you must|no need to|stays? open|remains? open|as planned|as normal|goes ahead|go ahead|u hoeft|u kunt|u mag|u moet|blijft open|blijven open|zoals gepland|gaat door|gaan door)(?!\p{L})/iu;

const first = (s: string) => (s.trim().split(/\s+/)[0] ?? '').replace(/^[("'‘“]+|[)"',;:.!?…’”]+$/gu, '').toLowerCase();

/** Whether the clause opens with an instruction: "use our web form", "Bel 112", "Do not …". */
export const opensWithInstruction = (clause: string): boolean => DO.has(first(clause));

/** Whether a sentence tells the reader what to do or reassures them (an instruction, "If …, come as planned", "You do not need to call us"). */
export function tellsWhatToDo(sentence: string): boolean {
  const s = sentence.trim();
  if (opensWithInstruction(s) || SAYS.test(s)) return true;
  // "If you have not heard from us, come as planned": a condition, then an instruction.
  const m = /^(?:if|when|unless|als|wanneer|heeft u|bent u|is uw)\b[^,]*,\s*(.+)$/iu.exec(s);
  return !!m && opensWithInstruction(m[1]!);
}

/** The sentences that tell what to do or reassure, in their order, then the others: the most useful first. */
export function mostUseful(sentences: readonly string[]): string[] {
  return [...sentences.filter(tellsWhatToDo), ...sentences.filter((s) => !tellsWhatToDo(s))];
}
