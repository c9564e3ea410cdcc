/**
 * A strike in CAP without `--category`: made from the strike template, by the id the studio gives it ("strike-2026-12-14-1600";
 * a Dutch desk's own "staking-…" too; the feed keeps no template). A hospital trust's resident doctors' strike went out as
 * `<category>Infra</category><event>Service disruption</event>` (trial Z): a strike is no infrastructure fault, and it hits a
 * hospital, a school or a council as much as a utility. CAP 1.2 has no category for it, so Other, with the event said: "Strike",
 * "Staking". With `--category Other` given, the event says it too; any other category keeps its own event. Pure.
 */
const STRIKE_IDS = ['strike', 'staking'] as const;

export const isStrikeIncident = (id: string): boolean => STRIKE_IDS.some((n) => id === n || id.startsWith(`${n}-`));

/** The <event> of a strike, in the alert's language. */
export const strikeEvent = (lang: string): string => (/^nl\b/i.test(lang) ? 'Staking' : 'Strike');
