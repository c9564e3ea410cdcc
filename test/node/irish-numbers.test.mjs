// An Irish gas network (Europe/Dublin, en-IE) lists its freephone gas emergency line 1800 20 55 55 and its Dublin line
// 01 555 0100 (trial W): the number was refused as "not in international E.164 form", shown by the CLI as "01800205555"
// (a Dublin number) and by readers as "+35 318 002 05555", the country code +353 cut after two digits.
import assert from 'node:assert/strict';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { groupIrish } = await importTs('src/feed/phone.ts');
const { formatTel, numberLang } = await importTs('src/content/links.ts');
const { channelLink, deskLink, dialledExample } = await importTs('src/feed/channel-edit.ts');
const { suggestTel } = await importTs('src/feed/tel-suggest.ts');
const { callingCodeForZone, emergencyServicesNumber, isCountryEmergencyNumber } = await importTs('src/feed/dialling.ts');
const { lintDocument } = await importTs('src/lint/index.ts');

const NOW = Date.parse('2026-12-15T06:10:00Z');

test('Irish numbers of each kind are grouped as the Irish write them, and dialled at home without +353', () => {
  const cases = [
    // [digits after +353, international, as dialled in Ireland]
    ['15550100', '+353 1 555 0100', '01 555 0100'],
    ['211234567', '+353 21 123 4567', '021 123 4567'],
    ['871234567', '+353 87 123 4567', '087 123 4567'],
    ['835550142', '+353 83 555 0142', '083 555 0142'],
    ['1800205555', '+353 1800 20 55 55', '1800 20 55 55'],
    ['1850123456', '+353 1850 12 34 56', '1850 12 34 56'],
    ['818123456', '+353 818 123 456', '0818 123 456'],
  ];
  for (const [n, intl, home] of cases) {
    assert.equal(groupIrish(n), intl, n);
    assert.equal(groupIrish(n, true), home, n);
    assert.equal(formatTel(`tel:+353${n}`), intl, n);
    assert.equal(formatTel(`tel:+353${n}`, 'en-IE'), home, n);
  }
  // A reader of an Irish feed whose page says only "en" dials as at home too, as on a British one (numberLang).
  assert.equal(numberLang('en', 'Europe/Dublin'), 'en-IE');
  assert.equal(formatTel('tel:+3531800205555', numberLang('en', 'Europe/Dublin')), '1800 20 55 55');
  // A British page shows an Irish number with its country code.
  assert.equal(formatTel('tel:+3531800205555', 'en-GB'), '+353 1800 20 55 55');
});

test('a country code is split by its real length (ITU E.164: 1 to 3 digits), not after two', () => {
  assert.equal(formatTel('tel:+352123456'), '+352 123 456');
  assert.equal(formatTel('tel:+358912345678'), '+358 912 345 678');
  assert.equal(formatTel('tel:+420123456789'), '+420 123 456 789');
  assert.equal(formatTel('tel:+3545551234'), '+354 555 1234');
  assert.equal(formatTel('tel:+4930123456'), '+49 301 23456');
  assert.equal(formatTel('tel:+33123456789'), '+33 123 456 789');
  assert.equal(formatTel('tel:+74951234567'), '+7 495 123 4567');
  assert.equal(formatTel('tel:+61212345678'), '+61 212 345 678');
  // The countries grouped their own way are as before.
  assert.equal(formatTel('tel:+13125550142'), '+1 312 555 0142');
  assert.equal(formatTel('tel:+13125550142', 'en-US'), '(312) 555-0142');
  assert.equal(formatTel('tel:+442079460018'), '+44 20 7946 0018');
  assert.equal(formatTel('tel:+31302345678'), '+31 30 234 5678');
  assert.equal(formatTel('tel:+3231234567'), '+32 3 123 45 67');
});

test('new channel and the studio read 1800 20 55 55 as an Irish freephone in a feed on Irish time, and show it as dialled', () => {
  const ie = callingCodeForZone('Europe/Dublin');
  assert.equal(ie, '353');
  assert.equal(channelLink('1800 20 55 55', ie), 'tel:+3531800205555');
  assert.equal(channelLink('1850 12 34 56', ie), 'tel:+3531850123456');
  assert.equal(channelLink('0818 123 456', ie), 'tel:+353818123456');
  assert.equal(channelLink('01 555 0100', ie), 'tel:+35315550100');
  assert.equal(suggestTel('tel:1800205555', ie), 'tel:+3531800205555');
  // Elsewhere a 1800 number is not read as Irish.
  assert.equal(suggestTel('tel:1800205555', '44'), undefined);
  assert.equal(deskLink('tel:+3531800205555', ie), '1800 20 55 55');
  assert.equal(deskLink('tel:+35315550100', ie), '01 555 0100');
  assert.equal(deskLink('tel:+353871234567', ie), '087 123 4567');
  assert.equal(deskLink('tel:+3531800205555', '44'), '+353 1800 20 55 55');
  assert.equal(dialledExample(ie), '01 555 0100');
});

test('999 is the emergency number of an Irish feed (112 works too)', () => {
  assert.equal(emergencyServicesNumber('Europe/Dublin'), '999');
  assert.ok(isCountryEmergencyNumber('tel:999', 'Europe/Dublin'));
  assert.ok(isCountryEmergencyNumber('tel:112', 'Europe/Dublin'));
});

const gas = () => ({
  type: 'status', version: 1, feed_id: 'eirgas', time_zone: 'Europe/Dublin',
  issued_at: '2026-12-15T06:00:00Z', expires_at: '2026-12-15T10:00:00Z', seq: 1,
  publisher: { name: 'Éirgas Networks', url: 'https://www.eirgas.example' },
  channels: [{ id: 'emergency', kind: 'phone', label: { 'en-IE': '24-hour gas emergency line' }, href: 'tel:1800205555', emergency: true }],
  incidents: [],
});

test('lint suggests the Irish form of a national number, and gives an Irish example, not a Dutch or British one', () => {
  const [f] = lintDocument(gas(), { lang: 'en', now: NOW }).filter((x) => x.rule === 'phone-e164');
  assert.ok(f, 'an error for tel:1800205555');
  assert.match(f.fix, /tel:\+3531800205555/);
  const doc = gas();
  doc.channels[0].href = 'tel:12345';
  const [g] = lintDocument(doc, { lang: 'en', now: NOW }).filter((x) => x.rule === 'phone-e164');
  assert.match(g.fix, /tel:\+35315550100 for an Irish number/);
  assert.doesNotMatch(g.fix, /Dutch|British/);
});

test('clearline new channel on a feed on Irish time takes "1800 20 55 55" as the emergency line and echoes it as dialled', async () => {
  await withCliDir('clearline-irish-', async (dir, run) => {
    const made = run('new', 'feed', '--feed-id', 'eirgas', '--publisher', 'Éirgas Networks', '--publisher-url', 'https://www.eirgas.example', '--time-zone', 'Europe/Dublin', '--lang', 'en-IE');
    assert.equal(made.status, 0, made.stderr);
    const ch = run('new', 'channel', '--kind', 'phone', '--name', 'Gas emergency line', '--link', '1800 20 55 55', '--emergency');
    assert.equal(ch.status, 0, ch.stdout + ch.stderr);
    assert.match(ch.stdout, /tel:\+3531800205555/);
    assert.match(ch.stdout, /1800 20 55 55/);
    assert.doesNotMatch(ch.stdout + ch.stderr, /01800205555|E\.164/);
    const list = run('edit', 'channel');
    assert.match(list.stdout + list.stderr, /1800 20 55 55/);
    assert.doesNotMatch(list.stdout + list.stderr, /01800205555/);
  }, { now: NOW, tz: 'Europe/Dublin' });
});

test('every country code of one, two and three digits is split whole', () => {
  // One: +1, +7. Two: the ITU list. Any other is three (a sample of each block, and ones next to two-digit ones).
  const two = ['20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49', '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84', '86', '90', '91', '92', '93', '94', '95', '98'];
  const three = ['212', '234', '254', '264', '291', '297', '350', '351', '352', '353', '354', '355', '356', '357', '358', '359', '370', '372', '380', '381', '385', '386', '420', '421', '501', '506', '591', '598', '670', '679', '685', '692', '800', '852', '855', '880', '886', '960', '966', '971', '972', '992', '998'];
  for (const code of ['1', '7', ...two, ...three]) {
    // Nine digits after it, so no country's own grouping applies (the Dutch, British and Belgian ones need other lengths).
    const shown = formatTel(`tel:+${code}555123456`, 'de');
    if (['31', '32', '44', '353'].includes(code)) continue;
    assert.ok(shown.startsWith(`+${code} `), `+${code}: ${shown}`);
  }
});

test('the studio: 1800 20 55 55 typed in an urgent action\'s Link is the emergency line\'s number, with no finding about it', async () => {
  const { typedLinks } = await importTs('src/feed/channel-edit.ts');
  const doc = gas();
  doc.channels[0].href = 'tel:+3531800205555';
  doc.incidents = [{ id: 'naas', title: { 'en-IE': 'No gas in Naas and Newbridge' }, severity: 'major', phase: 'investigating',
    started_at: '2026-12-15T05:40:00Z', updated_at: '2026-12-15T06:00:00Z', next_update_at: '2026-12-15T08:00:00Z',
    known: { 'en-IE': 'About 8,500 homes have no gas.' }, unknown: { 'en-IE': 'When the gas is back.' },
    actions: [{ label: { 'en-IE': 'Smell gas? Go outside and call the emergency line at once' }, urgent: true, href: '1800 20 55 55' }] }];
  const left = typedLinks(doc, callingCodeForZone('Europe/Dublin'));
  assert.equal(left.incidents[0].actions[0].href, 'tel:+3531800205555');
  const found = lintDocument(left, { now: NOW, audience: 'desk' }).filter((f) => /phone|number|urgent-action/.test(f.rule));
  assert.deepEqual(found.map((f) => `${f.rule}: ${f.message}`), []);
});
