import type { Channel, ContactReason, FaqEntry, StatusPayload } from '../../src/feed/schema.js';
import { statusFeed } from './helpers.js';

export const HELP_CHANNELS: Channel[] = [
  { id: 'phone', kind: 'phone', label: { en: 'Call us', nl: 'Bel ons' }, href: 'tel:+31201234567', wait_minutes: 45 },
  { id: 'chat', kind: 'chat', label: { en: 'Chat with us', nl: 'Chat met ons' }, href: 'https://example.com/chat', wait_minutes: 5 },
  { id: 'callback', kind: 'callback', label: { en: 'Ask for a call back', nl: 'Vraag om terugbellen' }, href: 'https://example.com/callback' },
  { id: 'web', kind: 'web', label: { en: 'Online form', nl: 'Online formulier' }, href: 'https://example.com/form' },
  { id: 'gas', kind: 'phone', label: { en: 'Gas leak line', nl: 'Gaslek-lijn' }, href: 'tel:0800-9009', emergency: true },
];

export const HELP_REASONS: ContactReason[] = [
  { id: 'smell-gas', label: { en: 'I smell gas', nl: 'Ik ruik gas' }, urgent: true, faq: ['gas-safety'], channels: ['gas', 'phone', 'chat', 'callback'] },
  { id: 'no-heating', label: { en: 'No heating', nl: 'Geen verwarming' }, faq: ['when-back', 'compensation'], channels: ['phone', 'callback', 'web'] },
  { id: 'bill', label: { en: 'My bill', nl: 'Mijn rekening' }, faq: ['compensation'] },
];

export const HELP_ENTRIES: FaqEntry[] = [
  { id: 'gas-safety', question: { en: 'What do I do if I smell gas?', nl: 'Wat doe ik als ik gas ruik?' }, answer: { en: 'Open windows, do not use switches, leave the house and **call the gas leak line**.', nl: 'Zet ramen open, gebruik geen schakelaars, ga naar buiten en **bel de gaslek-lijn**.' } },
  { id: 'when-back', question: { en: 'When will the heating be back?', nl: 'Wanneer doet de verwarming het weer?' }, answer: { en: 'We expect gas back this evening.', nl: 'We verwachten vanavond weer gas.' }, incidents: ['storm'] },
  { id: 'compensation', question: { en: 'Do I get compensation for the outage?', nl: 'Krijg ik een vergoeding voor de storing?' }, answer: { en: 'Yes, after four hours without gas.', nl: 'Ja, na vier uur zonder gas.' } },
  { id: 'move', question: { en: 'How do I tell you I am moving house?', nl: 'Hoe geef ik een verhuizing door?' }, answer: { en: 'Use the moving form.', nl: 'Gebruik het verhuisformulier.' } },
];

export function helpFeed(overrides: Partial<StatusPayload> = {}): StatusPayload {
  return statusFeed({ channels: HELP_CHANNELS, contact_reasons: HELP_REASONS, status_url: 'https://example.com/status', ...overrides });
}
