// A UK broadband provider's night desk feed (Europe/London, English only), as found in the broadband trial: a fibre cut
// in Leeds, a 999 line, a customer line with a wait, telecare advice in brackets and a number to call from abroad.
// Shared by the export tests of that trial.
const MIN = 60_000;
export const NOW = Date.parse('2026-12-03T02:30:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export const broadbandFeed = () => ({
  type: 'status',
  version: 1,
  feed_id: 'northline-broadband',
  seq: 1,
  issued_at: iso(NOW - 5 * MIN),
  expires_at: iso(NOW + 55 * MIN),
  time_zone: 'Europe/London',
  publisher: { name: 'Northline Broadband', url: 'https://www.northline.example' },
  status_url: 'https://status.northline.example',
  channels: [
    { id: 'emergency', kind: 'phone', label: 'Emergency', href: 'tel:999', emergency: true },
    { id: 'phone', kind: 'phone', label: 'Customer service', href: 'tel:+448001234567', wait_minutes: 20, reason: 'Many customers in Leeds are calling', hours: '24 hours a day' },
  ],
  incidents: [
    {
      id: 'leeds-fibre-cut',
      title: 'Broadband down in Leeds',
      severity: 'major',
      phase: 'identified',
      started_at: iso(NOW - 50 * MIN),
      updated_at: iso(NOW - 10 * MIN),
      known: 'Broadband is down in Leeds. Mobile calls and data work normally.',
      unknown: 'How long the repair will take.',
      next_update_at: iso(NOW + 30 * MIN),
      actions: [
        {
          label: 'Your personal alarm may not work if it uses your internet or landline: keep a charged mobile phone within reach',
          who: 'You or someone at home has a personal alarm (telecare)',
          urgent: true,
        },
      ],
    },
  ],
});
