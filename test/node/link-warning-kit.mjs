// The feed the SMS and e-mail link-warning tests share: a district-heating company's cyberattack,
// from the template, as a desk publishes it (the [[TODO: …]] marks checked and removed).
import { feed, NOW } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { incidentFromTemplate } = await importTs('src/templates/index.ts');

export function cyberFeed() {
  const f = feed();
  f.publisher.name = 'Warmtenet Zuid';
  f.status_url = 'https://www.warmtenetzuid.example/storingen';
  const inc = incidentFromTemplate('cyberattack', { id: 'cyberaanval', langs: ['nl', 'en'], now: NOW - 3_600_000, nextUpdateAt: '2026-11-23T10:15:00Z', title: { nl: 'Onze systemen zijn aangevallen', en: 'Our systems were attacked' } });
  const done = (t) => Object.fromEntries(Object.entries(t).map(([l, v]) => [l, v.replace(/^\[\[TODO: [^\]]*\]\]\s*/, '')]));
  for (const a of inc.actions) a.label = done(a.label);
  inc.known = { nl: 'Sinds 02:00 werken onze systemen niet. We hebben de politie ingelicht.', en: 'Our systems have been down since 02:00. We told the police.' };
  inc.unknown = { nl: 'Of gegevens zijn gestolen.', en: 'Whether data was stolen.' };
  f.incidents = [inc];
  return f;
}
