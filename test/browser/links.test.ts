import { expect } from '@open-wc/testing';
import { siteHref } from '../../src/content/links.js';

describe('siteHref (links the embedding site writes: faq-href, contact-href, href)', () => {
  it('allows https, same-site paths and fragments, and refuses protocol-relative and script links', () => {
    expect(siteHref('https://example.com/help')).to.equal('https://example.com/help');
    expect(siteHref('/help#faq')).to.equal('/help#faq');
    expect(siteHref('#contact')).to.equal('#contact');
    expect(siteHref('//evil.example/help')).to.equal(null);
    expect(siteHref('javascript:alert(1)')).to.equal(null);
    expect(siteHref('http://example.com')).to.equal(null);
  });

  it('allows a relative link as a CMS writes it (the badge was no link for href="storingen")', () => {
    for (const ok of ['storingen', 'status.html', '../status', './status', '?lang=nl', 'a/b:c']) expect(siteHref(ok), ok).to.equal(ok);
    for (const bad of ['', '/\\evil.example/x', ' //evil.example', 'java\tscript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', ' /status']) {
      expect(siteHref(bad), JSON.stringify(bad)).to.equal(null);
    }
  });
});
