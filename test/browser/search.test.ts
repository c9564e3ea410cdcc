import { expect } from '@open-wc/testing';
import { damerau } from '../../src/search/fuzzy.js';
import { buildIndex, buildIndexAsync, fold, highlightRanges, markdownToText, snippet, termProcessor, tokens, type SearchDoc } from '../../src/search/index.js';

const EN: SearchDoc[] = [
  { id: 'refund', question: 'How do I get a refund for a cancelled flight?', answer: 'Ask for a **refund** within 30 days on [our site](https://example.com/refund).', tags: ['money'] },
  { id: 'luggage', question: 'Where is my luggage?', answer: 'Lost luggage is sent to your home address.' },
  { id: 'delay', question: 'My flight is delayed, what compensation do I get?', answer: 'For a delay of more than three hours you may get compensation.' },
  { id: 'car', question: 'Can I park my car at the airport?', answer: 'Parking is available.' },
  { id: 'cat', question: 'Can my cat travel with me?', answer: 'Pets travel in the hold.' },
  { id: 'rebook', question: 'Rebook my flight', answer: 'Use the rebooking page to choose a new day for your flight.' },
];
const NL: SearchDoc[] = [
  { id: 'omboeken', question: 'Mijn vlucht is geannuleerd. Hoe boek ik om?', answer: 'Kies een andere dag in Mijn boeking.' },
  { id: 'geld', question: 'Hoe krijg ik mijn geld terug voor een geannuleerde vlucht?', answer: 'U kunt binnen 30 dagen uw geld terugvragen.' },
  { id: 'hulp', question: 'Welke financiële hulp is er?', answer: 'Er is een noodfonds voor gedupeerden.' },
  { id: 'bagage', question: 'Waar is mijn bagage?', answer: 'Verloren bagage sturen we naar uw huis.' },
];

const ids = (q: string, docs = EN, lang: 'en' | 'nl' = 'en') => buildIndex(docs, lang).search(q).hits.map((h) => h.id);

describe('search engine (pure)', () => {
  it('folds case and accents, and keeps word offsets', () => {
    expect(fold('Financiële HULP, Ærø, Straße')).to.equal('financiele hulp, aero, strasse');
    expect(tokens('Hoe gaat het?').map((t) => [t.text, t.start, t.end])).to.deep.equal([['Hoe', 0, 3], ['gaat', 4, 8], ['het', 9, 12]]);
    expect(markdownToText('Ask for a **refund** on [our site](https://x.example).')).to.equal('Ask for a refund on our site.');
  });

  it('drops Dutch and English stop words and stems lightly', () => {
    const en = termProcessor('en');
    const nl = termProcessor('nl');
    expect(en('the')).to.equal(null);
    expect(en('Cancelled')).to.equal(en('cancel'));
    expect(nl('de')).to.equal(null);
    expect(nl('storingen')).to.equal(nl('storing'));
    expect(nl('financiële')).to.equal(nl('financiele'));
  });

  it('ranks by relevance, the question above the answer', () => {
    expect(ids('refund cancelled flight')[0]).to.equal('refund');
    expect(ids('compensation delay')[0]).to.equal('delay');
    expect(ids('geannuleerde vlucht geld', NL, 'nl')[0]).to.equal('geld');
    // "luggage" is in the question of one entry and in the answer of none other.
    expect(ids('luggage')).to.deep.equal(['luggage']);
  });

  it('puts an exact question and a whole phrase first', () => {
    expect(ids('rebook my flight')[0]).to.equal('rebook');
    const out = buildIndex(EN, 'en').search('Where is my luggage?');
    expect(out.hits[0]!.exact).to.equal(true);
  });

  it('treats the word being typed as a prefix, not a finished word', () => {
    expect(ids('lugg')).to.deep.equal(['luggage']);
    expect(ids('lugg ')).to.deep.equal([], 'with a trailing space the word is finished');
  });

  it('uses typo tolerance only for words that match nothing', () => {
    // "car" is known: no fuzzy matching, so "cat" is not found.
    expect(ids('car ')).to.deep.equal(['car']);
    // A term of three letters is not corrected to: "card" or "cart" is not a typo of "car".
    expect(ids('card ')).to.deep.equal([]);
    expect(ids('carx ')).to.deep.equal([]);
    expect(ids('lugage compensaton ')).to.include.members(['luggage', 'delay']);
    expect(ids('finacieel', NL, 'nl')).to.deep.equal(['hulp']);
  });

  it('does not take a real word for a typo of a short stem: "hoe lang nog" does not find "lagen"', () => {
    const heat: SearchDoc[] = [
      { id: 'warm', question: 'Hoe blijf ik warm?', answer: 'Draag meerdere lagen kleding en houd één kamer warm.' },
      { id: 'kachel', question: 'Mag ik een elektrische kachel gebruiken?', answer: 'Ja, maar niet te veel apparaten op één groep.' },
    ];
    const idx = buildIndex(heat, 'nl');
    // "hoe" and "nog" are stop words; "lang" is one edit from "lag", the stem of "lagen".
    expect(idx.search('hoe lang nog').hits.map((h) => h.id)).to.deep.equal([]);
    expect(idx.search('hoe lang nog ').hits.map((h) => h.id)).to.deep.equal([]);
    // Typos of longer words are still corrected.
    expect(idx.search('kachle ').hits.map((h) => h.id)).to.deep.equal(['kachel']);
  });

  it('corrects a consonant typed twice or once too few in a short word: gass, appp, bil, pinen', () => {
    const en: SearchDoc[] = [
      { id: 'gas', question: 'I smell gas. What should I do?', answer: 'Open the windows and call the emergency line.' },
      { id: 'water', question: 'I have no water.', answer: 'Check whether your neighbours have water.' },
      { id: 'app', question: 'The app does not work.', answer: 'Log in on the website instead.' },
      { id: 'bill', question: 'Why is my bill higher?', answer: 'Prices went up in January.' },
    ];
    const nl: SearchDoc[] = [
      { id: 'pin', question: 'Ik kan niet pinnen.', answer: 'Betaal contant of later.' },
      { id: 'app', question: 'De app doet het niet.', answer: 'Log in op de website.' },
      { id: 'gas', question: 'Ik ruik gas.', answer: 'Zet ramen open en bel het storingsnummer.' },
    ];
    // The English stem of "gas" is "ga": the slip is undone on the word as typed, then stemmed.
    for (const q of ['gass ', 'gass', 'i smell gass ']) expect(ids(q, en)[0], q).to.equal('gas');
    expect(ids('appp ', en)).to.deep.equal(['app']);
    expect(ids('bil ', en)).to.deep.equal(['bill']);
    // "pinen" stems to "pin", not "pinn" (the stem of "pinnen").
    expect(ids('pinen ', nl, 'nl')).to.deep.equal(['pin']);
    expect(ids('appp ', nl, 'nl')).to.deep.equal(['app']);
    // A correction still counts at half weight towards "an answer".
    const idx = buildIndex(en, 'en');
    const relative = (q: string) => idx.search(q).hits[0]!.score / idx.search(q).evidence!.ideal;
    expect(relative('gass ')).to.be.closeTo(relative('gas ') / 2, 1e-9);
  });

  it('does not correct a short real word by any other edit: moon/Mon, lots/lost, host/hot, elk/lek, noted/not', () => {
    const en: SearchDoc[] = [
      { id: 'hours', question: 'When is the shop open?', answer: 'Mon to Sat, 8:00 to 22:00.' },
      { id: 'hot', question: 'I have no hot water.', answer: 'Check the boiler.' },
    ];
    const lost: SearchDoc[] = [{ id: 'lost', question: 'I lost my card.', answer: 'It does not work any more: block it in the app.' }];
    const nl: SearchDoc[] = [{ id: 'lek', question: 'Ik heb een lek.', answer: 'Draai de hoofdkraan dicht.' }];
    // A double vowel ("moon"/"mon") and a swap ("host" -> "hots" -> "hot", "lots"/"lost") make real words.
    for (const q of ['moon ', 'host ']) expect(ids(q, en), q).to.deep.equal([]);
    expect(ids('lots ', lost)).to.deep.equal([]);
    // A doubled consonant the stemmer cuts off: "noted" -> "notted" -> "not".
    expect(ids('noted ', lost)).to.deep.equal([]);
    expect(ids('elk ', nl, 'nl')).to.deep.equal([]);
  });

  it('counts a typo correction less towards "an answer" than the word itself', () => {
    const idx = buildIndex(EN, 'en');
    // The same entry, found through the word and through a correction (scored at half weight).
    const exact = idx.search('refund ');
    const typo = idx.search('refnud ');
    expect(exact.hits[0]!.id).to.equal(typo.hits[0]!.id);
    const relative = (o: typeof exact) => o.hits[0]!.score / o.evidence!.ideal;
    expect(relative(typo)).to.be.closeTo(relative(exact) / 2, 1e-9);
  });

  it('finds Dutch separable verbs written apart: omboeken finds "boek ik om"', () => {
    const outcome = buildIndex(NL, 'nl').search('omboeken vlucht');
    expect(outcome.hits[0]!.id).to.equal('omboeken');
    expect(outcome.confident).to.equal(true);
  });

  it('finds words with two neighbouring letters swapped', () => {
    expect(ids('refnud ')[0]).to.equal('refund');
    expect(ids('lugagge ')[0]).to.equal('luggage');
    expect(ids('bagaeg', NL, 'nl')[0]).to.equal('bagage');
  });

  it('folds accents: financiele finds financiële', () => {
    expect(ids('financiele hulp', NL, 'nl')[0]).to.equal('hulp');
  });

  it('is confident only when the top entry covers most of what was asked', () => {
    const idx = buildIndex(EN, 'en');
    expect(idx.search('refund').confident).to.equal(true);
    expect(idx.search('flight parking garage opening hours').confident, 'a common word alone is not an answer').to.equal(false);
    expect(idx.search('the of and').confident).to.equal(false);
    expect(idx.search('zzzz qqqq').hits).to.have.length(0);
  });

  it('highlights matched words and cuts a snippet around them', () => {
    const idx = buildIndex(NL, 'nl');
    const hit = idx.search('financiele').hits[0]!;
    const q = 'Welke financiële hulp is er?';
    const ranges = highlightRanges(q, hit.terms, idx.process);
    expect(ranges.map(([s, e]) => q.slice(s, e))).to.deep.equal(['financiële']);
    const long = `${'Lorem ipsum dolor sit amet. '.repeat(20)}The **refund** comes within a week. ${'More text here. '.repeat(20)}`;
    const en = termProcessor('en');
    const s = snippet(long, [en('refund')!], en, 120);
    expect(s.text.length).to.be.at.most(126);
    expect(s.text.startsWith('… ')).to.equal(true);
    expect(s.ranges.map(([a, b]) => s.text.slice(a, b))).to.deep.equal(['refund']);
  });

  it('finds Dutch compounds written apart and together: gaslucht, cv-ketel, cvketel', () => {
    const energy: SearchDoc[] = [
      { id: 'gas', question: 'Ik ruik gas. Wat moet ik doen?', answer: 'Bel direct het storingsnummer en zet ramen open.' },
      { id: 'ketel', question: 'Mijn cv-ketel doet het niet meer.', answer: 'Controleer de waterdruk van de ketel.' },
      { id: 'stroom', question: 'Ik heb geen stroom.', answer: 'Kijk of de buren ook zonder stroom zitten.' },
    ];
    for (const q of ['gaslucht ', 'gaslucht', 'gas lucht']) expect(ids(q, energy, 'nl')[0], q).to.equal('gas');
    for (const q of ['cv-ketel', 'cv ketel ', 'cvketel ', 'cvketel storing']) expect(ids(q, energy, 'nl')[0], q).to.equal('ketel');
  });

  it('a Dutch compound the FAQ also has whole, in passing, counts by its halves too: stroomstoring finds "geen stroom … storing" first', () => {
    const energy: SearchDoc[] = [
      { id: 'stroom', question: 'Ik heb geen stroom. Is er een storing?', answer: 'Kijk of de buren ook zonder stroom zitten.' },
      { id: 'warm-water', question: 'Waarom heb ik geen warm water?', answer: 'Wacht na een stroomstoring tien minuten: de ketel start vanzelf opnieuw.' },
      { id: 'gas', question: 'Ik heb geen gas.', answer: 'Bel het storingsnummer.' },
    ];
    for (const q of ['stroomstoring', 'stroomstoring ', 'vergoeding stroomstoring']) expect(ids(q, energy, 'nl')[0], q).to.equal('stroom');
    // The entry with the whole word still comes up, after it.
    expect(ids('stroomstoring', energy, 'nl')).to.include('warm-water');
  });

  it('gives the same ranking while typing as for the finished query (partial scores are reused)', () => {
    const idx = buildIndex(EN, 'en');
    const query = 'refund cancelled flight compensation';
    let typed = '';
    for (const ch of query) {
      typed += ch;
      const live = idx.search(typed).hits.map((h) => [h.id, h.score.toFixed(6)]);
      const fresh = buildIndex(EN, 'en').search(typed).hits.map((h) => [h.id, h.score.toFixed(6)]);
      expect(live, typed).to.deep.equal(fresh);
    }
  });

  it('returns the best `limit` hits and counts all matches', () => {
    const idx = buildIndex(EN, 'en');
    const all = idx.search('flight ');
    const two = idx.search('flight ', 2);
    expect(all.total).to.equal(all.hits.length);
    expect(two.total).to.equal(all.total);
    expect(two.hits.map((h) => h.id)).to.deep.equal(all.hits.slice(0, 2).map((h) => h.id));
  });

  it('builds the same index in slices, handing the thread back in between', async () => {
    const many: SearchDoc[] = Array.from({ length: 3000 }, (_, i) => ({ id: `d${i}`, question: `Question ${i} about refund number ${i % 97}`, answer: `Answer ${i} with luggage and flight ${i % 13}.` }));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const sliced = await buildIndexAsync(many, 'en', { sliceMs: 1 });
    clearInterval(timer);
    const at = (i: typeof sliced) => i.search('refund 42 flight', 10).hits.map((h) => h.id);
    expect(at(sliced)).to.deep.equal(at(buildIndex(many, 'en')));
    expect(ticks, 'other tasks ran while the index was built').to.be.greaterThan(0);
    const abort = new AbortController();
    abort.abort();
    let error: unknown;
    await buildIndexAsync(many, 'en', { signal: abort.signal }).catch((e: unknown) => (error = e));
    expect((error as Error).name).to.equal('AbortError');
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(damerau('refnud', 'refund', 2)).to.equal(1);
    expect(damerau('lugage', 'luggage', 2)).to.equal(1);
    expect(damerau('abc', 'xyz', 1)).to.equal(2);
  });
});

