/**
 * Words put into a command the desk is told to run, as the shell takes them. A file name with a space was printed bare
 * (`clearline update mijn feed.json …`), and the command, copied as printed, failed: "mijn" is no file. Pure.
 */

/** A text as one shell argument: in double quotes, with \, ", $ and ` escaped. */
export const quoted = (t: string): string => `"${t.replace(/[\\"$`]/g, (c) => `\\${c}`)}"`;

/** A file name as one shell argument: as it is when the shell reads it as it stands (feed.json, nieuw/k.jwk.json), else quoted. */
export const shellArg = (t: string): string => (/^[\w@%+=:,./-]+$/.test(t) ? t : quoted(t));
