// Runs inside the strict-CSP page (served by server.mjs): loads the built bundle, shows a feed and
// records every securitypolicyviolation. The parent test reads window.__result.
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
const params = new URLSearchParams(location.hash.slice(1));
window.__result = null;
(async () => {
  await import('/dist/clearline.js');
  const el = document.createElement('clearline-status');
  el.setAttribute('lang', 'en');
  el.setAttribute('src', params.get('src'));
  el.setAttribute('public-key', params.get('key'));
  const outcome = new Promise((resolve) => {
    el.addEventListener('clearline-load', () => resolve('load'), { once: true });
    el.addEventListener('clearline-error', (e) => resolve(`error:${e.detail.code}`), { once: true });
  });
  document.body.append(el);
  const result = await outcome;
  await el.updateComplete;
  if (params.get('control') === '1') {
    // A deliberate violation, proving the listener sees them.
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
    } catch {}
  }
  await new Promise((r) => setTimeout(r, 200));
  window.__result = { result, text: el.shadowRoot.textContent.replace(/\s+/g, ' '), violations, sheets: el.shadowRoot.adoptedStyleSheets.length };
})().catch((e) => (window.__result = { result: `throw:${e}`, violations }));
