/**
 * Stop words, accent-folded and lower case: words so common that they say nothing about which
 * answer is meant. Based on the Snowball lists for English and Dutch, trimmed of words that carry
 * meaning in a help text (e.g. "not", "no", "niet", "geen" stay out: "cannot log in" is a signal).
 */
export const STOP_WORDS = {
  en: new Set(
    (
      'a about above after again against all am an and any are as at be because been before being below between both but by ' +
      'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
      'himself his how i if in into is it its itself just me more most my myself of off on once only or other ought our ours ' +
      'ourselves out over own same she should so some such than that the their theirs them themselves then there these they ' +
      'this those through to too under until up very was we were what when where which while who whom why will with would ' +
      'you your yours yourself yourselves s t d ll m re ve don doesn isn didn also'
    ).split(' '),
  ),
  nl: new Set(
    (
      'aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge geweest ' +
      'haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je jij jou jouw jullie kan kon kunnen ' +
      'maar me meer men met mij mijn moet na naar nog nu of om omdat ons onze ook op over reeds te tegen toch toen tot u ' +
      'uit uw van veel voor want waren was wat we wel werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder ' +
      'zou welke waar wanneer waarom hoeveel mag mogen moeten kun kunt wij jullie hun hen dien dat ' +
      // Every form of a verb above (irregular-verbs.ts): "hebt" said as little as "heeft", but found every "Hebt u …?".
      'hebt hadden gehad konden gekund wilt willen wilde wilden wou wouden gewild moest moesten gemoeten mocht mochten gemogen ' +
      'bent doe doet deed deden gedaan'
    ).split(' '),
  ),
} as const;
export type SearchLanguage = keyof typeof STOP_WORDS;
