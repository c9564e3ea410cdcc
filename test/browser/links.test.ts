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
});
