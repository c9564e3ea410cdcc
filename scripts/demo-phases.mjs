// The demo's crisis phases (demo/phases.json, demo/energy/phases.json) applied to a base feed.
// Pure, so the demo server (scripts/start.mjs) and the screenshot page (docs/screenshots/) share it.
const iso = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
export const TIME_FIELDS = ['started_at', 'updated_at', 'resolved_at', 'next_update_at'];

/**
 * demo/feed.json turned into phase `n` (1-based) of demo/phases.json, its times made relative
 * to `now`. Without issued_at, expires_at and seq: those are stamped when it is signed.
 */
export function phaseDocument(base, phases, n, now) {
  const doc = structuredClone(base);
  const phase = phases.phases[n - 1];
  const at = (minutes) => (minutes === null ? null : iso(now + minutes * 60_000));
  for (const incident of doc.incidents) {
    Object.assign(incident, structuredClone(phase.incidents?.[incident.id] ?? {}));
    const offsets = { ...phases.offsets?.[incident.id], ...phase.offsets?.[incident.id] };
    for (const field of TIME_FIELDS) if (field in offsets) incident[field] = at(offsets[field]);
    (incident.updates ?? []).forEach((update, i) => {
      if (offsets.updates?.[i] !== undefined) update.at = at(offsets.updates[i]);
    });
  }
  for (const channel of doc.channels) {
    for (const [field, value] of Object.entries(phase.channels?.[channel.id] ?? {})) {
      if (value === null) delete channel[field];
      else channel[field] = structuredClone(value);
    }
  }
  delete doc.issued_at;
  delete doc.expires_at;
  delete doc.seq;
  return doc;
}

