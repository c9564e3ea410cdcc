#!/usr/bin/env node
// Size budgets for the built library (run after `npm run build`; part of `npm test`).
//
//   node scripts/size-check.mjs          print the sizes, exit 1 when a budget is exceeded
//   node scripts/size-check.mjs --json   the same figures as JSON on stdout
//
// A "start closure" is an entry file plus every chunk it reaches through static `import` /
// `export ... from` statements, recursively: what the browser must download before the module
// runs. Chunks reached only through dynamic `import()` load later and are not counted.
// 1 kB = 1,000 bytes. gzip at zlib level 9, brotli at quality 11.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const KB = 1000;

/**
 * What each embed downloads before its first render (gzip): the script in the page plus the code
 * of the elements on it, with every chunk that code statically imports. The Markdown renderer,
 * the search engine and anything else behind a dynamic import() loads later and is not counted.
 * The README embed (dist/clearline.js on a page with only <clearline-status>) had the budget of
 * issue 13: at most 45 kB, less than Statuspage's whole widget (49.6 kB). The old budget of 50 kB
 * for the whole library as one classic script was withdrawn there. Since 2026-12-04 readers verify
 * with WebCrypto instead of jose (about 5.2 kB less everywhere); every budget was lowered to the
 * new size plus about 1.5 kB, so the saving is not spent unnoticed.
 * `maxFiles` caps the files fetched before the first render, the loader included: each is one
 * more request, task and module to instantiate (13 small chunks cost the status page ~50 ms of
 * time to text unthrottled, ~220 ms on a phone-like connection; 7 files instead of 5 cost 68–118 ms
 * phone-like; vite.config.ts readerChunkName).
 */
export const EMBEDS = [
  // 37.2 kB since 2026-12-04 (was 45): no jose, 35,694 B.
  // 38.3 kB since 2026-12-06 (37,200 B had 247 left; now 38,093 B): opening hours the widget reads (feed/opening-hours.ts, its check and the closed lines, about +1.0 kB):
  // a telecom's web chat and support line were offered at 3 a.m. with "Expected wait about 15/40 minutes" while closed (trial G).
  // 38.6 kB since 2026-12-06, third session (now 38,481 B): the feed's numbers in Markdown text as links (+86 B), and
  // the feed's source (shared data chunk) keeps the key that vouched for its remembered seq (a stolen key locked readers out for good, trial K), lingers a minute for single-page apps (trial J) and says when a check could not be made offline (trial K), +236 B.
  // 38.7 kB since 2026-12-06, fourth session (now 38,624 B): a feed dated ahead of this device's clock says what to check
  // ("Check this device's date and time", i18n/terms.ts clockAhead, and FeedError's clock hint), not "not in a form this page can show" (+143 B).
  // 38.8 kB since 2026-12-06, sixth session (now 38,733 B): "Long wait? You may not need to call" after the lines that come
  // first with a short wait of their own (status/channel-list.ts, +54 B): a heat company's 2-minute priority line read as the line it was about (trial N).
  // 39.1 kB since 2026-12-06, seventh session (now 39,017 B): an incident announced ahead (`starts_at`, feed/announced.ts and i18n/announced.ts: "Vanaf do 10 dec, 0:01", the badge's "Aangekondigd", no dot on Help), and "Act now if…" under the title (trials N, O), +0.28 kB.
  // 39.5 kB since 2026-12-06, eighth session (now 39,402 B): a standing notice (an open `info` incident: badge "Mededeling", no phase or next update, feed/notice.ts; a phishing warning after a ransomware attack's all-clear read "Verouderd … klopt mogelijk niet meer", trial P), a line only for some (`restricted`, "Alleen voor zorgverleners", listed last and never offered instead of a long wait: members called the pharmacists' line, trial P), a line's `purpose` (trial O), a long action's web address as its link, and the report scrub's IBAN, +0.39 kB.
  // 39.6 kB since 2026-12-06, ninth session (now 39,508 B): a notice's empty "what we don't know yet" left out, announced good
  // news without "verwacht: informatie", and the emergency block's reason capitalised as in Contact (trial Q, a hospital), +0.1 kB.
  // 39.7 kB since 2026-12-07, eleventh session (now 39,678 B): an FAQ answer the desk marks as not holding during an incident (`faq_outdated`: the FAQ's "Geldt nu niet, door: …" note and the schema, trial Q), a contact reason that is time-critical but no danger (`time_critical`: listed after the urgent ones, its own lines with their waits, no 112 on top, trial S), an all-clear of the last hour before an incident announced for later (banner, help, status; trial S) and a feed's own numbers in national form in every language (trials Q, R); +170 B, of which +13 B the schema's field, +39 B the all-clear rule, +8 B the numbers.
  // 40.0 kB since 2026-12-07, twelfth session (now 39,965 B): a channel people text (`kind: "sms"`, feed/sms-link.ts: "Text OUT to (316) 555-0142" as an `sms:` link, not a `tel:` that dialled; trial T, a US electric co-op), +264 B in the shared data chunk (the schema's kind and the link's check); the long action's brackets outside its link and the zoom changes, +11 B.
  // 40.15 kB since 2026-12-07, thirteenth session (now 40,108 B): readers leave out a channel of a kind they do not know, with one console warning, instead of refusing the whole feed (feed/newer-kinds.ts: embeds built before `sms` showed nothing new of a feed with one; the next kind will not break today's embeds), about +165 B in the shared data chunk; Belgian numbers grouped as Belgians write them (feed/phone.ts groupBelgian: Card Stop's 078 170 170, not 078 17 01 70; trial U, a Belgian bank), +30 B; a notice's "can wait" without a promised next update, +6 B; a bare web address not on the publisher's site is text, never a link (content/markdown.ts; trial U's desk quoted a scam site in the bank's own warning), which moved the phone lines' and own sites' work into the lazy Markdown chunk, −68 B.
  // 40.2 kB since 2026-12-07, fourteenth session (now 40,152 B): two-digit hours for Dutch and British English (i18n/clock.ts and lang.ts: "03:00", not "3:00": a UK water company's readers at 2 a.m. read "valid until 4:00" beside SMS texts saying "02:42", trial V), an incident re-confirmed without new text counted from its `confirmed_at` ("Updated 2 days ago" on day 3 of a boil water notice confirmed every 4 hours, trial V), no next update beside an all-clear in the banner and help, and the lead-order rule (the one that began first, not the one edited last), +44 B.
  // 40.45 kB since 2026-12-07, fifteenth session (now 40,399 B): Irish numbers as dialled in Ireland and every country code kept whole (feed/phone.ts, dialling.ts: an Irish gas network's emergency line 1800 20 55 55 read "+35 318 002 05555" on every reader, trial W), +143 B in the shared data chunk; a notice re-confirmed without new text says "No change since 06:36, confirmed 10 minutes ago" (feed/unchanged.ts, +70 B); a fresh all-clear unfolded and the emergency lines kept on top for a day after a critical incident (feed/just-resolved.ts: "Gas back on" hid in a collapsed list under a fraud warning, trial W, +37 B).
  // 40.65 kB since 2026-12-07, sixteenth session (now 40,601 B): a fresh all-clear more severe than what is still open is named in one line at the top of <clearline-status>, a link to it, for a day (feed/just-resolved.ts allClearAbove: an Irish gas network's "Gas back on" sat below the open fraud card on a phone, trial W), +174 B (just-resolved.ts now shared with the HTML export, so it sits in the shared data chunk); incident titles kept whole at 200 % text on a phone (status.styles.ts: the narrow layout measured by the page's own text size, "Cyberat/tack", trial X), +41 B; a typed line shown as a line (marked's breaks, markdown-plain.ts), -12 B.
  { id: 'module-status', label: 'README embed: dist/clearline.js, page with only <clearline-status>', script: 'clearline.js', tags: ['status'], limit: 40.65 * KB, maxFiles: 5, without: ['faq', 'banner', 'badge'] },
  // 34.5 kB since 2026-12-04 (was 40): no jose, 32,937 B.
  // 35.2 kB since 2026-12-06 (now 34,948 B): the feed's check of opening hours and the channels' closed state are in the
  // shared data chunk every element loads (the sentence "Closed now" is not: i18n/closed.ts stays with status and help).
  // 35.5 kB since 2026-12-06, second session (now 35,263 B): a badge narrower than its label shows a shorter one
  // (badge/badge-labels.ts, +0.3 kB): at the README's 9em for phones it read "No known d…", "Geen stor…" (trials D, E).
  // 35.8 kB since 2026-12-06, third session (now 35,523 B): the feed's source (shared data chunk) keeps the key that vouched for its remembered seq (a stolen key locked readers out for good, trial K), lingers a minute for single-page apps (trial J) and says when a check could not be made offline (trial K), +236 B.
  // 36.1 kB since 2026-12-06, seventh session (now 36,022 B): an incident announced ahead (`starts_at`, feed/announced.ts and i18n/announced.ts: "Vanaf do 10 dec, 0:01", the badge's "Aangekondigd", no dot on Help), and "Act now if…" under the title (trials N, O), +0.27 kB.
  // 36.3 kB since 2026-12-06, eighth session (now 36,197 B): the standing notice's badge state and banner order, and `restricted` and `purpose` in the shared data chunk, as above, +0.18 kB.
  // 36.4 kB since 2026-12-07, eleventh session (now 36,366 B): the schema's `faq_outdated` and `time_critical` and the all-clear rule in the shared data chunk, as above (+80 B).
  // 36.7 kB since 2026-12-07, twelfth session (now 36,660 B): a channel people text (`kind: "sms"`, feed/sms-link.ts: "Text OUT to (316) 555-0142" as an `sms:` link, not a `tel:` that dialled; trial T, a US electric co-op) in the shared data chunk (+204 B), and the banner kept to 30 % of a short viewport with a band while more text follows, and the help button's room at the page's end (help/corner-room.ts; at 200 % zoom the banner took 200 of 370 px and hid the next update, the button covered the act-now number; trials Q, R) (banner part +90 B).
  // 37.05 kB since 2026-12-07, thirteenth session (now 36,988 B): readers leave out a channel of a kind they do not know, with one console warning, instead of refusing the whole feed (feed/newer-kinds.ts: embeds built before `sms` showed nothing new of a feed with one; the next kind will not break today's embeds), about +165 B in the shared data chunk; Belgian numbers grouped as Belgians write them (feed/phone.ts groupBelgian: Card Stop's 078 170 170, not 078 17 01 70; trial U, a Belgian bank), +30 B; the banner names a second incident as severe as the first ("Ook: Valse sms'en … uit naam van Scheldebank", banner/banner.ts and i18n bannerAlso: trial U's phishing warning was hidden behind "(en nog 1)"), +133 B.
  // 37.1 kB since 2026-12-07, fourteenth session (now 37,052 B): as for the README embed, +42 B.
  // 37.3 kB since 2026-12-07, fifteenth session (now 37,242 B): Irish numbers and whole country codes as for the README embed, and the banner naming a major second incident ("Also: People posing as Éirgas engineers", not "(and 1 more)"), +190 B.
  // 37.4 kB since 2026-12-07, sixteenth session (now 37,331 B): just-resolved.ts in the shared data chunk (shared by the status element and the HTML export; as its own file it was a sixth file before the status element's first render), +92 B, though banner and badge do not use it.
  { id: 'module-banner-badge', label: 'dist/clearline.js, page with <clearline-banner> and <clearline-badge>', script: 'clearline.js', tags: ['banner', 'badge'], limit: 37.4 * KB, maxFiles: 5, without: ['faq', 'status'] },
  // 52.5 kB since 2026-12-01 (was 52): Dutch numbers as dialled at home, waits in hours, the badge's width cap and the banner's focus after dismissal.
  // 53.5 kB since 2026-12-03: Dutch and English times written without Intl (i18n/clock.ts, +0.9 kB), the incident text 8–13 ms sooner.
  // 49.7 kB since 2026-12-04 (was 53.5): no jose, 48,156 B.
  // 50.9 kB since 2026-12-06 (now 50,708 B): opening hours, as above.
  // 51.2 kB since 2026-12-06, second session (now 51,051 B): the badge's shorter labels, as above.
  // 51.3 kB since 2026-12-06, third session (now 51,201 B): the FAQ says "Search cleared. 24 questions." when Escape empties
  // its search (+60 B); a screen reader's user heard nothing while the list changed under them (trial I).
  // 51.5 kB since 2026-12-06, third session (now 51,443 B): "Ik ruik gas" lists the gas leak's actions, not a power cut's,
  // when none dials the gas line (feed/words.ts and feed/reasons.ts, +242 B in the FAQ and help chunk; trial H).
  // 51.6 kB since 2026-12-06, third session (now 51,545 B): an FAQ answer's or incident text's phone number, when it is one
  // of the feed's lines, is a link (content/tel-lines.ts in the elements, +86 B; the linking itself is in the Markdown chunk).
  // 51.9 kB since 2026-12-06, third session (now 51,775 B): the feed's source (shared data chunk) keeps the key that vouched for its remembered seq (a stolen key locked readers out for good, trial K), lingers a minute for single-page apps (trial J) and says when a check could not be made offline (trial K), +236 B.
  // 52.3 kB since 2026-12-06, fourth session (now 52,219 B): the clock hint as above, and the FAQ's notice follows the error
  // code (i18n/faq-terms.ts, +294 B in the FAQ chunk): a forged FAQ document said "could not be loaded", not "not confirmed as genuine".
  // 52.4 kB since 2026-12-06, fifth session (now 52,319 B): a contact reason that names its channels keeps the publisher's
  // order for them (feed/reasons.ts, in the FAQ and help chunk, +33 B): "I cannot make calls" offered the form before the chat (trial L).
  // 52.5 kB since 2026-12-06, sixth session (now 52,403 B): the banner's layout under 15rem wide (the close button in the
  // severity's row, so the title gets the whole width: "geannule/erd" at 200 % zoom, trial L, +75 B) and an urgent reason's
  // closed named line kept with when it opens (trial M).
  // 52.9 kB since 2026-12-06, seventh session (now 52,826 B): an incident announced ahead (`starts_at`, feed/announced.ts and i18n/announced.ts: "Vanaf do 10 dec, 0:01", the badge's "Aangekondigd", no dot on Help), and "Act now if…" under the title (trials N, O), +0.4 kB.
  // 53.0 kB since 2026-12-06, eighth session (then 52,928 B): a line's `purpose` under its name, kept after the all-clear
  // ("Assisted travel: for disabled passengers" read as the reason for the wait and vanished, trial O, +50 B), and the FAQ's
  // questions about an incident announced ahead after one going on ("About the disruption announced: …", +51 B).
  // 53.4 kB since 2026-12-06, eighth session, later (now 53,348 B): the standing notice, `restricted`, a long action's web address and the IBAN scrub, as above.
  // 54.2 kB since 2026-12-06, ninth session (now 54,122 B): the FAQ search finds an open incident of the status feed and
  // opens it as an answer (faq/incident-*.ts, +0.75 kB; the incidents' own index is in the lazy search chunk): at a hospital
  // "ambulance" gave "No results" while the incident about ambulances was on the same page (trial Q).
  // 54.6 kB since 2026-12-06, ninth session, later (now 54,498 B): the status changes above, and contact reasons (feed/reasons.ts,
  // referrer-reason.ts): an urgent reason naming its emergency line offers no act-now action that dials another number
  // ("Levensgevaar" showed "Bel eerst de huisartsenpost"), one with only 112 no other incident's actions, and a reason for a
  // line only for some (GPs) its line first and only the actions addressed to them (trial Q), +0.3 kB.
  // 54.7 kB since 2026-12-06, tenth session (now 54,598 B): a long action that writes its number with its own dashes links it in
  // place ("bel buiten 0800-9009", not again "(0800 9009)"), the help dialog's reason panel with what we know (below), trial R.
  // 55.0 kB since 2026-12-07, eleventh session (now 54,981 B): an FAQ answer the desk marks as not holding during an incident (`faq_outdated`: the FAQ's "Geldt nu niet, door: …" note and the schema, trial Q), a contact reason that is time-critical but no danger (`time_critical`: listed after the urgent ones, its own lines with their waits, no 112 on top, trial S), an all-clear of the last hour before an incident announced for later (banner, help, status; trial S) and a feed's own numbers in national form in every language (trials Q, R); +383 B, most of it the FAQ's note (its words, template and check).
  // 55.8 kB since 2026-12-07, twelfth session (now 55,782 B, of which +10 B the FAQ incident card's question-form who without "?:"): the FAQ's pointer to the incident going on when a search has no (clear) answer, and that incident as the answer to "when will it be fixed?" (faq/no-answer-now.ts, search/timing.ts; trials S, Q) (+399 B), a channel people text (`kind: "sms"`, feed/sms-link.ts: "Text OUT to (316) 555-0142" as an `sms:` link, not a `tel:` that dialled; trial T, a US electric co-op) (+265 B), the banner kept to 30 % of a short viewport with a band while more text follows, and the help button's room at the page's end (help/corner-room.ts; at 200 % zoom the banner took 200 of 370 px and hid the next update, the button covered the act-now number; trials Q, R) (+96 B) and the time-critical reason's "Needed soon" mark (+11 B).
  // 56.1 kB since 2026-12-07, thirteenth session (now 56,038 B): readers leave out a channel of a kind they do not know, with one console warning, instead of refusing the whole feed (feed/newer-kinds.ts: embeds built before `sms` showed nothing new of a feed with one; the next kind will not break today's embeds), about +165 B in the shared data chunk; Belgian numbers grouped as Belgians write them (feed/phone.ts groupBelgian: Card Stop's 078 170 170, not 078 17 01 70; trial U, a Belgian bank), +30 B; the banner's second incident, as above (+135 B); the badge's "Notice" beside an incident announced for later and the help reason's notice before it after an all-clear (trial T), +15 B; the lazy Markdown chunk's own-site check, −83 B.
  // 56.15 kB since 2026-12-07, fourteenth session (now 56,104 B): as for the README embed, +44 B.
  // 56.55 kB since 2026-12-07, fifteenth session (now 56,509 B): as for the README embed, and the FAQ search showing an open incident's matching action and putting an incident that holds half the words or fewer after the FAQ's clear answer ("smell gas" showed the fraud warning above "I smell gas. What should I do?", trial W, +147 B), +405 B.
  // 56.8 kB since 2026-12-07, sixteenth session (now 56,743 B): as for the README embed, and the FAQ passing the publisher's name to search ("is de hogeschool open" led with a phishing warning "uit naam van de hogeschool", trial X), +26 B.
  // 56.85 kB since 2026-12-07, seventeenth session (now 56,814 B): the banner's second title whole for screen readers and the banner at most a quarter of a phone's screen (banner.ts: screen readers heard "uit naam van de…", and it covered 31–40 % of a 360 px phone; trial X), +41 B; the emergency label and its box shrinking with the title at 200 % text on a phone ("IN AN EMERGENC / Y", trial Y), +17 B; a channel wait's time `wait_updated_at` in the schema (lint's channel-wait-stale: a Monday wait was still read out on Friday, trial X), +11 B; irregular verbs in the FAQ's first-render code, +2 B.
  { id: 'module-all', label: 'dist/clearline.js, page with all four elements', script: 'clearline.js', tags: ['status', 'banner', 'badge', 'faq'], limit: 56.85 * KB, without: [] },
  // Every element; marked and DOMPurify (after the first paint) and the FAQ search engine (on first use) are pinned files beside it (88 kB when they were inside).
  // 55 kB since 2026-12-03 (was 54): the times without Intl, as above; its text came 11–14 ms sooner (ratio to Statuspage 1.11–1.13 → 0.91–0.94).
  // 55.1 kB since 2026-12-03 (second session): a line for callers abroad keeps its country code in the elements, as in every
  // export (content/links.ts forAbroad, +0.12 kB): a traveller abroad was shown "Vanuit het buitenland: 020 123 4567".
  // 51.4 kB since 2026-12-04 (was 55.1): no jose, 49,852 B.
  // 51.6 kB since 2026-12-06 (51,400 B were spent): a long action links only its number (shared/contact-link.ts, +125 B):
  // a municipality's whole paragraph of directions was one tel: link, tapping it dialled and a screen reader heard it as one link name.
  // 52.9 kB since 2026-12-06 (now 52,745 B): opening hours, as above.
  // 53.2 kB since 2026-12-06, second session (now 52,990 B): the badge's shorter labels, as above.
  // 53.4 kB since 2026-12-06, second session (now 53,214 B): the help dialog says a new update itself (help/dialog-live.ts; the
  // page's live regions are inert behind the modal dialog, trial I) and its button's forced colours.
  // 53.8 kB since 2026-12-06, third session (now 53,730 B): "Search cleared", the urgent reason's incidents by their words
  // and the feed's numbers in Markdown text as links, as above.
  // 54.1 kB since 2026-12-06, third session (now 53,979 B): the feed's source (shared data chunk) keeps the key that vouched for its remembered seq (a stolen key locked readers out for good, trial K), lingers a minute for single-page apps (trial J) and says when a check could not be made offline (trial K), +236 B.
  // 54.5 kB since 2026-12-06, fourth session (now 54,409 B): the clock hint and the FAQ's words by error code, as above.
  // 55.0 kB since 2026-12-06, fifth session (now 54,800 B): the help button fades off a focused control it covers (help/focus-clear.ts,
  // WCAG 2.4.11: at 400 % zoom it sat on a header link), and status and help take the site's own words in slot="fallback" for a
  // first visit during a failure (trial K: only "Status onbekend", no fault line).
  // 55.1 kB since 2026-12-06, sixth session (now 55,003 B): the banner under 15rem and the help panel that scrolls whole in a
  // viewport under 20rem (400 % zoom: the answers were a 38 px slit), the contact reasons' channel order (trial L, M).
  // 55.5 kB since 2026-12-06, seventh session (now 55,391 B): an incident announced ahead (`starts_at`, feed/announced.ts and i18n/announced.ts: "Vanaf do 10 dec, 0:01", the badge's "Aangekondigd", no dot on Help), and "Act now if…" under the title (trials N, O), +0.39 kB.
  // 55.7 kB since 2026-12-06, eighth session (then 55,598 B): a line's `purpose` and the FAQ's announced incident, as above, and
  // the help dialog's other incidents' actions under their own title (help/incident-actions.ts, +90 B: a strike's "Everyone
  // travelling today" stood under a stuck tram's title, trial O).
  // 56.2 kB since 2026-12-06, eighth session, later (now 56,116 B): the standing notice, `restricted`, a long action's web address and the IBAN scrub, as above.
  // 57.1 kB since 2026-12-06, ninth session (now 57,005 B): the FAQ search finds an open incident, as above (+0.84 kB).
  // 57.55 kB since 2026-12-06, ninth session, later (now 57,450 B): the status and contact-reason changes above, and the help
  // dialog opening on an all-clear of the last hour before a notice (as the banner), +0.35 kB.
  // 57.85 kB since 2026-12-06, tenth session (now 57,791 B): trial R, a grid operator in a storm night. The help dialog never
  // ends empty without a verified status (our words under "Status unknown." when the site gave none, "loading" while it
  // loads; a first visitor during a 503 found no number at all, not even the gas line), a reason that can wait shows what we
  // know / don't know yet (the "between 10:00 and 14:00" estimate was missing from "When will my power be back?"), an
  // urgent reason's own line named before 112 is offered to call now first (the 24/7 medical line), and the long action's
  // number in place, as above: +0.34 kB.
  // 58.2 kB since 2026-12-07, eleventh session (now 58,163 B): as for all four elements, and the help panel of a time-critical reason (+372 B).
  // 59.05 kB since 2026-12-07, twelfth session (now 59,022 B): as for all four elements; the help button's room is most of the zoom part here (+343 B), the FAQ pointer +146 B, a channel people text (`kind: "sms"`, feed/sms-link.ts: "Text OUT to (316) 555-0142" as an `sms:` link, not a `tel:` that dialled; trial T, a US electric co-op) +257 B, the time-critical reason's "Needed soon" mark and the FAQ's "no" panel without an outdated answer +62 B.
  // 59.35 kB since 2026-12-07, thirteenth session (now 59,286 B): as for all four elements (the banner's second incident +119 B, the notice before the announced +28 B, the Markdown chunk −90 B).
  // 59.4 kB since 2026-12-07, fourteenth session (now 59,344 B; 6 B were left): as for the README embed, +40 B.
  // 59.85 kB since 2026-12-07, fifteenth session (now 59,777 B): as for all four elements, +433 B.
  // 60.0 kB since 2026-12-07, sixteenth session (now 59,947 B): as for all four elements (+170 B).
  // 60.05 kB since 2026-12-07, seventeenth session (now 60,023 B): as for all four elements (+76 B).
  { id: 'classic', label: 'classic script: dist/clearline.iife.js (every element; Markdown and search load later)', script: 'clearline.iife.js', tags: [], limit: 60.05 * KB, without: [] },
];

/** Importing one element directly (clearline/status etc.): its entry and static chunks. */
// 35.3 kB since 2026-12-04 (was 40): no jose, 33,745 B.
// 36.4 kB since 2026-12-06 (now 36,148 B): opening hours, as above.
// 36.7 kB since 2026-12-06, third session (now 36,535 B): the numbers in Markdown text as links, and the feed's source (shared data chunk) keeps the key that vouched for its remembered seq (a stolen key locked readers out for good, trial K), lingers a minute for single-page apps (trial J) and says when a check could not be made offline (trial K), +236 B.
// 36.8 kB since 2026-12-06, fifth session (now 36,737 B): slot="fallback" and its styles, as above, and the clock hint's words.
// 36.9 kB since 2026-12-06, sixth session (now 36,791 B): the long-wait note's place, as above.
// 37.2 kB since 2026-12-06, seventh session (now 37,070 B): the announced incident and "Act now" under the title, as above.
// 37.5 kB since 2026-12-06, eighth session (now 37,459 B): the standing notice, `restricted`, `purpose` and a long action's web address, as above.
// 37.6 kB since 2026-12-06, ninth session (now 37,561 B): a notice's empty part, announced good news and the emergency block's capital, as above.
// 37.65 kB since 2026-12-06, tenth session (now 37,618 B): a long action's number written with its own dashes linked in place, as above.
// 37.75 kB since 2026-12-07, eleventh session (now 37,732 B): the all-clear before an announced incident (the resolved list first for that hour), the schema's new fields and the numbers, as above (+114 B).
// 38.05 kB since 2026-12-07, twelfth session (now 38,020 B): a channel people text (`kind: "sms"`, feed/sms-link.ts: "Text OUT to (316) 555-0142" as an `sms:` link, not a `tel:` that dialled; trial T, a US electric co-op), +265 B, as for the README embed.
// 38.2 kB since 2026-12-07, thirteenth session (now 38,159 B): as the README embed (+139 B).
// 38.25 kB since 2026-12-07, fourteenth session (now 38,210 B): as for the README embed, +51 B.
// 38.5 kB since 2026-12-07, fifteenth session (now 38,454 B): as for the README embed, +244 B.
// 38.7 kB since 2026-12-07, sixteenth session (now 38,654 B): as for the README embed (+200 B).
export const BUDGETS = [{ id: 'status', label: '<clearline-status> imported alone (dist/status.js + static chunks)', limit: 38.7 * KB }];

/** Per-element ES entries measured when they exist (the all-in-one dist/clearline.js is listed separately). */
export const ELEMENT_ENTRIES = ['status', 'banner', 'badge', 'faq', 'help'];

export function compressedSizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

/** The entry file and every file it statically imports, recursively (dynamic import() excluded). */
export async function staticClosure(entry) {
  await init;
  const seen = new Set();
  const dynamic = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const [imports] = parse(code, file);
    for (const imp of imports) {
      // Minifiers write import(`./x.js`); the lexer gives no name for template literals.
      const name = imp.n ?? /^`(\.[^`$]*)`$/.exec(code.slice(imp.s, imp.e).trim())?.[1];
      if (!name || !name.startsWith('.')) continue; // bare specifiers: none in dist, externals otherwise
      const target = resolve(dirname(file), name);
      if (imp.d > -1) dynamic.add(target); // import('...'): loads later
      else if (imp.d === -1) visit(target);
    }
  };
  visit(entry);
  return { files: [...seen], dynamic: [...dynamic].filter((f) => !seen.has(f)) };
}

/**
 * Sizes of the closure: each file compressed on its own (as served, one response per file) and
 * summed. This is what a browser transfers, minus HTTP headers.
 */
export async function closureSizes(entry, root = ROOT) {
  const { files, dynamic } = await staticClosure(entry);
  const per = files.map((f) => ({ file: relative(root, f), ...compressedSizes(readFileSync(f)) }));
  const sum = (k) => per.reduce((n, p) => n + p[k], 0);
  return { files: per, dynamic: dynamic.map((f) => relative(root, f)), raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

/** The files only one element needs (in no other element's closure), e.g. the FAQ's search engine. */
async function ownFiles(dist) {
  const closures = Object.fromEntries(await Promise.all(ELEMENT_ENTRIES.map(async (n) => [n, (await staticClosure(join(dist, `${n}.js`))).files])));
  return Object.fromEntries(ELEMENT_ENTRIES.map((n) => [n, closures[n].filter((f) => ELEMENT_ENTRIES.every((m) => m === n || !closures[m].includes(f)))]));
}

/** The preload manifest the build wrote into the loader (vite.config.ts, preloadManifest). */
function preloadManifest(dist) {
  const code = readFileSync(join(dist, 'clearline.js'), 'utf8');
  // The build writes it as JSON.parse("<JSON as a JSON string>").
  const m = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(code);
  if (!m) throw new Error('no preload manifest in dist/clearline.js');
  return JSON.parse(JSON.parse(m[1]));
}

/**
 * The loader evaluates an element's files one per task in the manifest's order (src/loader/
 * steps.ts): each file must come after every file it imports, and the element's entry last, or
 * one step would evaluate several files in one task.
 */
async function checkStepOrder(tag, files, dist) {
  const entry = join(dist, `${tag}.js`);
  if (files.at(-1) !== entry) throw new Error(`the loader's file list for <clearline-${tag}> must end with ${tag}.js, not ${files.at(-1) && relative(dist, files.at(-1))}`);
  for (const [i, file] of files.entries()) {
    const { files: closure } = await staticClosure(file);
    const late = closure.filter((f) => f !== file && files.indexOf(f) > i);
    if (late.length) throw new Error(`the loader's file list for <clearline-${tag}> has ${relative(dist, file)} before the files it imports: ${late.map((f) => relative(dist, f)).join(', ')}`);
  }
}

/**
 * Chrome compiles a file that starts with this on its streaming thread, not on the host page's
 * main thread (vite.config.ts compileHint). Every file an element runs before its first render
 * carries it; the classic script must not (it runs only once all of it is compiled).
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The parts the classic script loads later from its folder (PINNED_PARTS in vite.config.ts). */
export const PINNED_FILES = ['clearline-markdown.js', 'clearline-search.js'];

/**
 * The classic script must carry the hash of each part beside it, or that part never runs
 * (src/loader/pinned.ts); and a part must import nothing, because a hash pins only its own file.
 */
async function checkPinnedParts(dist) {
  const iife = join(dist, 'clearline.iife.js');
  if (!existsSync(iife)) return;
  const classic = readFileSync(iife, 'utf8');
  await init;
  for (const file of PINNED_FILES) {
    const path = join(dist, file);
    if (!existsSync(path)) throw new Error(`dist/${file} is missing: the classic script would go without it (npm run build)`);
    const hash = `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
    if (!classic.includes(hash)) throw new Error(`dist/clearline.iife.js does not pin dist/${file} (${hash}): build the parts first, then the classic script (npm run build)`);
    const [imports] = parse(readFileSync(path, 'utf8'));
    if (imports.length) throw new Error(`dist/${file} imports ${imports.map((i) => i.n ?? 'a computed URL').join(', ')}: those files would run without a pin; build it as one file`);
  }
}

export async function measureEmbeds(dist = join(ROOT, 'dist')) {
  if (existsSync(join(dist, 'clearline.iife.js')) && readFileSync(join(dist, 'clearline.iife.js'), 'utf8').startsWith(COMPILE_HINT)) {
    throw new Error(`dist/clearline.iife.js starts with ${COMPILE_HINT}: the classic script would wait for all of its code to compile (time to text 357 -> 427 ms)`);
  }
  await checkPinnedParts(dist);
  const own = await ownFiles(dist);
  const manifest = preloadManifest(dist);
  // The loader starts the feed request and the element code; a static import would put one more
  // round trip before both.
  const loader = (await staticClosure(join(dist, 'clearline.js'))).files.filter((f) => f !== join(dist, 'clearline.js'));
  if (loader.length) throw new Error(`dist/clearline.js must run without waiting for another file; it imports ${loader.map((f) => relative(dist, f)).join(', ')}`);
  const rows = [];
  for (const e of EMBEDS) {
    const files = new Set((await staticClosure(join(dist, e.script))).files);
    for (const tag of e.tags) {
      const closure = (await staticClosure(join(dist, `${tag}.js`))).files;
      const hinted = (manifest[`clearline-${tag}`] ?? []).map((f) => resolve(dist, f));
      const missing = closure.filter((f) => !hinted.includes(f));
      if (missing.length) throw new Error(`the loader's preload hints for <clearline-${tag}> miss ${missing.map((f) => relative(dist, f)).join(', ')}`);
      await checkStepOrder(tag, hinted, dist);
      const unhinted = hinted.filter((f) => !readFileSync(f, 'utf8').startsWith(COMPILE_HINT));
      if (unhinted.length) throw new Error(`${unhinted.map((f) => relative(dist, f)).join(', ')} run before <clearline-${tag}> first renders but do not start with ${COMPILE_HINT} (compileHint in vite.config.ts)`);
      for (const f of closure) files.add(f);
    }
    const per = [...files].map((f) => ({ file: relative(ROOT, f), ...compressedSizes(readFileSync(f)) }));
    const sum = (k) => per.reduce((n, p) => n + p[k], 0);
    const forbidden = e.without.flatMap((n) => own[n]).filter((f) => files.has(f)).map((f) => relative(ROOT, f));
    rows.push({ id: e.id, name: e.label, files: per.map((p) => p.file), dynamic: [], raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), forbidden });
  }
  const checks = EMBEDS.map((e) => {
    const row = rows.find((r) => r.id === e.id);
    const tooMany = e.maxFiles !== undefined && row.files.length > e.maxFiles;
    const ok = row.gzip <= e.limit && row.forbidden.length === 0 && !tooMany;
    const message = row.forbidden.length
      ? `downloads code of elements not on the page: ${row.forbidden.join(', ')}`
      : tooMany
        ? `fetches ${row.files.length} files, more than its ${e.maxFiles}: ${row.files.join(', ')} (see readerChunkName in vite.config.ts)`
        : undefined;
    return { id: e.id, label: `${e.label}, before first render`, limit: e.limit, gzip: row.gzip, ok, message };
  });
  return { rows, checks };
}

export async function measure(dist = join(ROOT, 'dist')) {
  const rows = [];
  const iife = join(dist, 'clearline.iife.js');
  if (!existsSync(iife)) throw new Error(`${relative(ROOT, iife)} is missing: run npm run build first`);
  for (const name of ELEMENT_ENTRIES) {
    const file = join(dist, `${name}.js`);
    if (!existsSync(file)) continue;
    const c = await closureSizes(file);
    rows.push({ id: name, name: `dist/${name}.js + static chunks`, ...c, files: c.files.map((f) => f.file) });
  }
  const embeds = await measureEmbeds(dist);
  const checks = [
    ...embeds.checks,
    ...BUDGETS.map((b) => {
      const row = rows.find((r) => r.id === b.id);
      if (!row) return { ...b, gzip: null, ok: false, message: `nothing to measure for ${b.id}` };
      return { ...b, gzip: row.gzip, ok: row.gzip <= b.limit };
    }),
  ];
  return { rows: [...embeds.rows, ...rows], checks };
}

const kb = (n) => (n / KB).toFixed(1) + ' kB';

async function main() {
  const { rows, checks } = await measure();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ rows, checks }, null, 2));
  } else {
    console.log('Size (1 kB = 1000 bytes; gzip -9, brotli q11; closures summed per file)');
    for (const r of rows) {
      const extra = r.files.length > 1 ? `  [${r.files.length} files${r.dynamic.length ? `, +${r.dynamic.length} lazy` : ''}]` : '';
      console.log(`  ${r.name.padEnd(72)} ${kb(r.raw).padStart(9)} raw ${kb(r.gzip).padStart(9)} gzip ${kb(r.brotli).padStart(9)} brotli${extra}`);
    }
  }
  let failed = false;
  for (const c of checks) {
    if (c.ok) {
      console.error(`size budget ok: ${c.label}: ${c.gzip} B gzip <= ${c.limit} B`);
    } else {
      failed = true;
      const limit = c.limit;
      const over = c.message ?? `${c.gzip} B gzip, ${c.gzip - limit} B over the ${limit} B (${kb(limit)}) budget`;
      console.error(`SIZE BUDGET EXCEEDED: ${c.label}: ${over}`);
    }
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`size check failed to run: ${e.message}`);
    process.exit(1);
  });
}
