// A municipality hit by ransomware, with fake e-mails "from the municipality" asking people to "confirm their details"
// via a link, warned: "Wij vragen u nooit via een link om uw gegevens te bevestigen". That is a warning against links,
// but none of the phrases matched it, so the SMS ended with the municipality's own link, right after saying not to
// trust one. Now "nooit … via een link" / "never … via a link" count, as "klik niet op links" does; ordinary
// sentences with "via" and "link" elsewhere do not.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();

test('"never ask you to confirm your details via a link" keeps the link out of the SMS, in either language', () => {
  const wordings = [
    ['nl', 'Wij vragen u nooit via een link om uw gegevens te bevestigen'],
    ['nl', 'Vul nooit uw gegevens in via een link in een e-mail of sms'],
    ['nl', 'Bevestig uw gegevens niet via een link'],
    ['en', 'We will never ask you to confirm your details via a link'],
    ['en', "We don't ask you to confirm your details through a link in an e-mail."],
  ];
  for (const [lang, words] of wordings) {
    const f = feed();
    f.incidents[0].actions[0].detail = { [lang]: words };
    for (const smsLang of ['nl', 'en']) {
      const r = x.exportSms(f, { lang: smsLang, now: NOW });
      assert.equal(r.linkLeftOut?.reason, 'warns-against-links', `${words} (${smsLang} SMS): ${r.text}`);
      assert.ok(!r.text.includes(f.status_url), r.text);
    }
  }
});

test('"via" and "link" without "never" or "not" before them are no warning: the link stays', () => {
  for (const words of ['Meld een storing via een link op onze website', 'You can report it via a link on our website', 'Via de link hieronder ziet u de kaart']) {
    const f = feed();
    f.incidents[0].actions[0].detail = { nl: words, en: words };
    const r = x.exportSms(f, { lang: 'nl', now: NOW });
    assert.equal(r.linkLeftOut, undefined, words);
    assert.ok(r.text.includes(f.status_url.replace(/^https:\/\//, '')) || r.text.includes(f.status_url), r.text);
  }
});
