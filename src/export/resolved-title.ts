/**
 * A resolved incident's title as the exports say it: "Opgelost: Geen water in Utrecht-Oost", unless the title says so itself,
 * as the studio asks for an all-clear's title ("Stroomstoring door storm opgelost: iedereen heeft weer stroom" was said
 * "Opgelost: Stroomstoring door storm opgelost: …", trial H). `phase` is the word readers see ("Opgelost", "Resolved").
 */
export function resolvedTitle(phase: string, title: string): string {
  return title.toLowerCase().includes(phase.toLowerCase()) ? title : `${phase}: ${title}`;
}
