import { expect } from '@open-wc/testing';
import { fixture, goodEnvelope, put, token } from './harness.js';

interface Result {
  result: string;
  text: string;
  violations: string[];
  sheets: number;
}

async function runPage(control: boolean): Promise<Result> {
  const f = await fixture();
  const tok = token();
  await put(tok, 'good', await goodEnvelope(f));
  const frame = document.createElement('iframe');
  const hash = new URLSearchParams({ src: `/__hostile/swap/${tok}`, key: f.pub, control: control ? '1' : '0' });
  frame.src = `/__hostile/csp-page/${tok}#${hash}`;
  document.body.append(frame);
  try {
    for (let i = 0; i < 200; i++) {
      const r = (frame.contentWindow as unknown as { __result?: Result }).__result;
      if (r) return r;
      await new Promise((res) => setTimeout(res, 50));
    }
    throw new Error('the strict-CSP page never finished');
  } finally {
    frame.remove();
  }
}

// default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types *
describe('strict CSP host page (dist/clearline.js)', () => {
  it('verifies and renders a feed with no securitypolicyviolation at all', async () => {
    const r = await runPage(false);
    expect(r.result).to.equal('load');
    expect(r.text).to.contain('Storm: flights cancelled');
    expect(r.sheets, 'styles adopted, not inline').to.be.above(0);
    expect(r.violations).to.deep.equal([]);
  });

  it('control: the same page does report a deliberate Trusted Types violation', async () => {
    const r = await runPage(true);
    expect(r.result).to.equal('load');
    expect(r.violations.some((v) => v.startsWith('require-trusted-types-for'))).to.equal(true);
  });
});
