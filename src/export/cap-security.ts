/**
 * Whether an incident goes out in CAP's category Security without `--category`: made from the cyberattack or phishing
 * template, by the id the studio gives it ("cyberattack-2026-12-14-0750", "phishing-2026-12-14"; the feed keeps no
 * template). A university's ransomware alert went out as Infra, "Storing in de dienstverlening", while the export's own
 * note said "Security bij een cyberaanval" (trial X). Other incidents keep Infra and the note. Pure.
 */
const SECURITY_TEMPLATES = ['cyberattack', 'phishing'] as const;

export const isSecurityIncident = (id: string): boolean => SECURITY_TEMPLATES.some((n) => id === n || id.startsWith(`${n}-`));
