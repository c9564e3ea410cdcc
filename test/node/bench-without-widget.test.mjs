// The bench measures the demo pages with and without clearline (bench/lighthouse.mjs withoutWidget). It removed only
// empty elements, so once the demo gave <clearline-status> and <clearline-help> the site's slot="fallback" words the
// layout-shift section failed ("could not remove clearline from a demo page"). Every demo page with an element, whole.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { withoutWidget } from '../../bench/lighthouse.mjs';

for (const page of ['index.html', 'status.html', 'help.html', 'energy.html']) {
  test(`demo/${page} without clearline: no element, script or fallback words left; the page's own content stays`, () => {
    const html = readFileSync(new URL(`../../demo/${page}`, import.meta.url), 'utf8');
    const out = withoutWidget(html);
    assert.doesNotMatch(out, /<clearline-|\/dist\/clearline|slot="fallback"/);
    assert.match(out, /<main\b/);
    assert.ok(out.length > html.length / 2);
  });
}
