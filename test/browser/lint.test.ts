import { expect } from '@open-wc/testing';
import { lintDocument, summarize } from '../../src/lint/index.js';
import { iso, MIN, statusFeed } from './helpers.js';

// The lint rules as a web editor would call them: in the browser, on a document being written.
describe('lintDocument in the browser', () => {
  it('passes a clear feed and names path, rule and fix for each problem', () => {
    const clean = statusFeed();
    clean.incidents[0]!.actions = [{ label: { en: 'Stay home', nl: 'Blijf thuis' }, urgent: true, who: { en: 'You fly today', nl: 'U vliegt vandaag' } }];
    expect(summarize(lintDocument(clean)).errors, JSON.stringify(lintDocument(clean))).to.equal(0);

    const messy = statusFeed();
    const incident = messy.incidents[0]!;
    incident.next_update_at = iso(-20 * MIN);
    incident.known = { en: '[[TODO: what we know]]', nl: 'Schiphol is dicht.' };
    incident.title = { en: 'Storm' } as typeof incident.title;
    messy.channels[0]!.href = 'tel:020-1234567';
    const findings = lintDocument(messy);
    const rules = new Set(findings.map((f) => f.rule));
    expect([...rules]).to.include.members(['next-update-past', 'placeholder', 'language-missing', 'phone-e164']);
    for (const f of findings) {
      expect(f.path, f.rule).to.be.a('string').and.not.equal('');
      expect(f.fix, f.rule).to.be.a('string').and.not.equal('');
    }
    expect(findings.find((f) => f.rule === 'next-update-past')!.path).to.equal('incidents/0/next_update_at');
  });
});
