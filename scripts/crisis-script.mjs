// A scripted crisis with the built CLI, as a publisher would run it: new (storm template) -> fill
// the placeholders -> sign -> update -> sign -> update -> sign -> heartbeat -> resolve -> sign.
// Used by test/node/toolkit.test.mjs and by scripts/make-test-fixtures.mjs (for the browser test).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../dist/cli.js');
export const CRISIS_FEED_ID = 'crisis-air';

/** Runs the CLI in `dir`; throws with its output when it fails. */
export function cliIn(dir) {
  return (...args) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`clearline ${args.join(' ')} exited ${r.status}\n${r.stdout}${r.stderr}`);
    return r;
  };
}

/** The texts a publisher writes over the storm template's placeholders. */
export const FILLED = {
  title: { nl: 'Storm: vluchten geannuleerd op Amsterdam', en: 'Storm: flights cancelled at Amsterdam' },
  known: {
    nl: 'Door code oranje kan Schiphol minder vliegtuigen laten landen. Wij annuleren vandaag de helft van onze Europese vluchten.',
    en: 'Because of code orange, Schiphol can handle fewer landings. We are cancelling half of our European flights today.',
  },
  unknown: { nl: 'Hoe lang de storm aanhoudt.', en: 'How long the storm will last.' },
  who: { nl: 'U reist vandaag', en: 'You travel today' },
};

/** Each step's envelope and what a reader must see (in English) when it is shown. */
export const STEPS = [
  { file: '01-new.jws.json', phase: 'identified', known: FILLED.known.en, earlier: 0 },
  { file: '02-update.jws.json', phase: 'identified', known: 'Flights to London and Paris are cancelled until 18:00.', earlier: 1 },
  { file: '03-update.jws.json', phase: 'monitoring', known: 'The storm is weakening; the first flights leave at 17:00.', earlier: 2 },
  { file: '04-heartbeat.jws.json', phase: 'monitoring', known: 'The storm is weakening; the first flights leave at 17:00.', earlier: 2 },
  { file: '05-resolved.jws.json', phase: 'resolved', known: 'All flights are running to schedule again.', earlier: 3 },
];

/** Replaces every `[[TODO: …]]` of the storm skeleton with real text. */
export function fillPlaceholders(feed) {
  const inc = feed.incidents[0];
  inc.title = FILLED.title;
  inc.known = FILLED.known;
  inc.unknown = FILLED.unknown;
  for (const a of inc.actions) {
    a.who = FILLED.who;
    // The ready-made action itself is marked "[[TODO: check and remove this mark]] …" until a person has read it.
    a.label = Object.fromEntries(Object.entries(a.label).map(([l, t]) => [l, t.replace(/^\[\[TODO:[^\]]*\]\]\s*/, '')]));
  }
  feed.channels = [
    { id: 'phone', kind: 'phone', label: { nl: 'Bel ons', en: 'Call us' }, href: 'tel:+31201234567', wait_minutes: 40, reason: { nl: 'heel veel telefoontjes', en: 'very many calls' } },
  ];
  return feed;
}

/** Runs the whole crisis in `dir` (which must hold k.jwk.json and pub.jwk.json); returns STEPS. */
export function runCrisis(dir) {
  const cli = cliIn(dir);
  cli('new', 'incident', '--template', 'storm', '--lang', 'nl,en', '--id', 'storm', '--feed', 'feed.json', '--feed-id', CRISIS_FEED_ID, '--publisher', 'Crisis Air', '--publisher-url', 'https://crisis-air.example');
  const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(fillPlaceholders(feed), null, 2));
  cli('lint', 'feed.json');
  cli('sign', '--key', 'k.jwk.json', 'feed.json', '--out', STEPS[0].file);

  cli('update', 'feed.json', '--incident', 'storm', '--phase', 'identified', '--lang', 'nl,en',
    '--known', 'Vluchten naar Londen en Parijs zijn tot 18:00 geannuleerd.', '--known', STEPS[1].known,
    '--unknown', 'Of de avondvluchten doorgaan.', '--unknown', 'Whether the evening flights will go ahead.', '--next-update', '+30m');
  cli('sign', '--key', 'k.jwk.json', 'feed.json', '--out', STEPS[1].file);

  cli('update', 'feed.json', '--incident', 'storm', '--phase', 'monitoring', '--lang', 'nl,en',
    '--known', 'De storm neemt af; de eerste vluchten vertrekken om 17:00.', '--known', STEPS[2].known, '--next-update', '+45m');
  cli('sign', '--key', 'k.jwk.json', 'feed.json', '--out', STEPS[2].file);

  cli('heartbeat', '--key', 'k.jwk.json', STEPS[2].file, '--out', STEPS[3].file);

  cli('update', 'feed.json', '--incident', 'storm', '--resolve', '--lang', 'nl,en',
    '--known', 'Alle vluchten vertrekken weer volgens schema.', '--known', STEPS[4].known);
  cli('sign', '--key', 'k.jwk.json', 'feed.json', '--out', STEPS[4].file);
  return STEPS;
}

/** Markdown sources for `clearline faq build`: one file per entry and language. */
export const FAQ_SOURCES = {
  'rebook.nl.md': '---\nid: rebook\nquestion: Hoe boek ik mijn vlucht om?\ntags: [rebook, storm]\nincidents: [storm]\n---\nGa naar **Mijn boeking** en kies een andere vlucht. Dat kost niets.\n',
  'rebook.en.md': '---\nid: rebook\nquestion: "How do I rebook my flight?"\ntags: [rebook, storm]\nincidents: [storm]\n---\nGo to **My booking** and choose another flight. It costs nothing.\n',
  'refund.nl.md': "---\nid: refund\nquestion: Krijg ik mijn geld terug?\ntags:\n  - refund\n---\nJa. Vraag het aan in [Mijn boeking](https://crisis-air.example/booking).\n",
  'refund.en.md': "---\nid: refund\nquestion: 'Can I get my money back?'\ntags:\n  - refund\n---\nYes. Ask for it in [My booking](https://crisis-air.example/booking).\n",
};
