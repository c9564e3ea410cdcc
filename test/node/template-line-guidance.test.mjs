// The desk did not know that each line it types shows as a line, and that "- " makes a list (trial X typed "what we
// know" one fact per line; an FAQ answer wrapped in an editor broke mid-sentence). Every template's "what we know"
// says so, in Dutch and English, also in the English of a US or British clock and the Dutch of Belgium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { incidentFromTemplate, TEMPLATE_NAMES } = await importTs('src/templates/index.ts');

const EN = /Each line you type shows as a line of its own; start a line with "- " for a list\.\]\]$/;
const NL = /Elke regel die u typt, wordt een eigen regel; begin een regel met "- " voor een opsomming\.\]\]$/;

test('every template says in "what we know" that a typed line shows as a line and "- " starts a list', () => {
  for (const name of TEMPLATE_NAMES) {
    for (const timeZone of ['Europe/Amsterdam', 'America/Chicago', 'Europe/London', 'Europe/Brussels']) {
      const incident = incidentFromTemplate(name, { id: 'x', langs: ['nl', 'en'], timeZone, now: Date.parse('2026-12-07T10:00:00Z') });
      assert.match(incident.known.en, EN, `${name} ${timeZone}: ${incident.known.en}`);
      assert.match(incident.known.nl, NL, `${name} ${timeZone}: ${incident.known.nl}`);
    }
  }
});
