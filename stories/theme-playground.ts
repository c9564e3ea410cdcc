/**
 * Theme playground: an element's documented `--clearline-*` custom properties (read from
 * custom-elements.json, so a newly documented property shows up by itself) as live controls, with
 * the CSS to hand to the web team. One story for the light theme and one for the dark theme, each
 * starting from that theme's defaults (read from the shared theme styles, never copied by hand).
 */
import type { ArgTypes, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import manifest from '../dist/custom-elements.json';
import { themeStyles } from '../src/components/shared/theme.styles.js';
import { contrastProblems, type ContrastProblem } from './theme-contrast.js';

export type Theme = 'light' | 'dark';
type Args = Record<string, unknown> & { theme?: Theme };

/** Font choices for `--clearline-font`: the host page's font unless the brand sets its own. */
const FONTS: Record<string, string> = {
  'inherit (the host page font)': '',
  'System sans': "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  Serif: "Georgia, 'Times New Roman', serif",
  'Rounded sans': "ui-rounded, Nunito, 'Arial Rounded MT Bold', sans-serif",
  Monospace: 'ui-monospace, Menlo, Consolas, monospace',
};

/** The documented custom properties of `tag`, as in custom-elements.json. */
export function documentedProperties(tag: string): { name: string; description: string }[] {
  for (const mod of manifest.modules) {
    for (const d of (mod.declarations ?? []) as { tagName?: string; cssProperties?: { name: string; description?: string }[] }[]) {
      if (d.tagName === tag) return (d.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' }));
    }
  }
  throw new Error(`${tag} is not in custom-elements.json: run npm run manifest`);
}

/** `--clearline-x` → its default in each theme, parsed from the shared theme styles. */
export function themeDefaults(): Record<Theme, Record<string, string>> {
  const css = themeStyles.cssText;
  const block = (selector: string) => {
    const at = css.indexOf(selector);
    return at < 0 ? '' : css.slice(at, css.indexOf('}', at));
  };
  const read = (text: string) =>
    Object.fromEntries([...text.matchAll(/var\((--clearline-[\w-]+),\s*(#[0-9a-fA-F]{3,8}|[\d.]+(?:px|rem))\)/g)].map((m) => [m[1]!, m[2]!]));
  const light = read(block(':host {'));
  return { light, dark: { ...light, ...read(block(":host([theme='dark'])")) } };
}

/** A colour property (the ones each theme has its own defaults for); sizes, offsets and layers are not. */
const isColour = (name: string) => /^--clearline-(surface|text|muted|border|subtle|link|focus|mark|background|color-[\w-]+)$/.test(name);
const number = (value: string | undefined) => (value === undefined ? undefined : parseFloat(value));

/** Arg value → CSS value (ranges carry the unit in the property name's convention). */
function cssValue(name: string, value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (name.endsWith('-radius')) return `${value}px`;
  if (name.endsWith('-space')) return `${value}rem`;
  if (name.endsWith('-font')) return FONTS[value as string] || undefined;
  return String(value);
}

/** The declarations that differ from the theme's defaults, as `--name: value`. */
export function changedDeclarations(tag: string, theme: Theme, args: Args): [string, string][] {
  const defaults = themeDefaults()[theme];
  const out: [string, string][] = [];
  for (const { name } of documentedProperties(tag)) {
    const value = cssValue(name, args[name]);
    const fallback = name.endsWith('-font') ? undefined : defaults[name];
    if (value !== undefined && value.toLowerCase() !== fallback?.toLowerCase()) out.push([name, value]);
  }
  return out;
}

/** The colours in effect in the playground: the designer's, else the theme's defaults. */
function effectiveColours(tag: string, theme: Theme, args: Args): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { ...themeDefaults()[theme] };
  for (const { name } of documentedProperties(tag)) if (isColour(name) && typeof args[name] === 'string' && args[name]) out[name] = args[name] as string;
  return out;
}

/** The text/background pairs (and focus rings) the designer's colours put below WCAG AA. */
export function playgroundContrast(tag: string, theme: Theme, args: Args): ContrastProblem[] {
  return contrastProblems(tag, effectiveColours(tag, theme, args), documentedProperties(tag).map((p) => p.name));
}

const problemText = (p: ContrastProblem) => `${p.foreground} on ${p.background}: ${p.ratio.toFixed(2)}:1, needs ${p.minimum}:1`;

/**
 * The CSS a designer copies: only what they changed. Colours go under the theme they were chosen
 * for (its media query and its `theme` attribute, as the elements choose their theme): a colour
 * set for every theme replaces the other theme's default too, and a trial's navy text pasted
 * unscoped landed on the dark surface at 1.15:1. Sizes and the font apply to both themes.
 */
export function themeCss(tag: string, theme: Theme, args: Args): string {
  const changed = changedDeclarations(tag, theme, args);
  if (!changed.length) return `/* ${tag}, ${theme} theme: nothing changed yet, the defaults apply. */`;
  const other: Theme = theme === 'light' ? 'dark' : 'light';
  const block = (selector: string, decls: [string, string][], indent = '') =>
    `${indent}${selector} {\n${decls.map(([n, v]) => `${indent}  ${n}: ${v};`).join('\n')}\n${indent}}`;
  const colours = changed.filter(([n]) => isColour(n));
  const both = changed.filter(([n]) => !isColour(n));
  const out: string[] = [];
  const problems = playgroundContrast(tag, theme, args);
  if (problems.length) out.push(`/* Below WCAG AA contrast, fix before use:\n${problems.map((p) => `   ${problemText(p)}`).join('\n')} */`);
  if (both.length) out.push(`/* ${tag}, both themes */`, block(tag, both));
  if (colours.length) {
    out.push(
      `/* ${tag}, ${theme} theme: for readers whose device is set to ${theme}, and for theme="${theme}".\n` +
        `   The ${other} theme keeps its own defaults; for ${other} brand colours use the ${other} playground.\n` +
        `   Keep this scoping: a --clearline-* colour set for every theme replaces the ${other} defaults too. */`,
      `@media (prefers-color-scheme: ${theme}) {\n${block(`${tag}:not([theme='${other}'])`, colours, '  ')}\n}`,
      block(`${tag}[theme='${theme}']`, colours),
    );
  }
  return out.join('\n');
}

async function copy(button: HTMLButtonElement, text: string): Promise<void> {
  const note = button.nextElementSibling as HTMLElement;
  try {
    await navigator.clipboard.writeText(text);
    note.textContent = 'Copied. Paste it into the site’s stylesheet.';
  } catch {
    // No clipboard access (insecure page, denied): select the text so Ctrl+C / ⌘C works.
    const code = button.parentElement!.querySelector('code')!;
    getSelection()?.selectAllChildren(code);
    note.textContent = 'Copying is not allowed here: the CSS is selected, press Ctrl+C (⌘C on a Mac).';
  }
}

/**
 * The light and dark playground stories for `tag`; `element(args)` renders the element with the
 * story's data and `theme` (custom properties are set on a wrapper and inherited).
 */
export function themePlaygrounds(
  tag: string,
  element: (args: Args) => TemplateResult,
  baseArgs: Args = {},
): Record<'ThemePlayground' | 'ThemePlaygroundDark', StoryObj<Args>> {
  const props = documentedProperties(tag);
  const defaults = themeDefaults();
  const argTypes: ArgTypes<Args> = { theme: { control: false } };
  for (const { name, description } of props) {
    const table = { category: 'theme playground' };
    if (isColour(name)) {
      argTypes[name] = { name, description, control: { type: 'color', presetColors: [defaults.light[name], defaults.dark[name]].filter((c): c is string => !!c) }, table };
    } else if (name.endsWith('-radius')) argTypes[name] = { name, description: `${description} (px)`, control: { type: 'range', min: 0, max: 32, step: 1 }, table };
    else if (name.endsWith('-space')) argTypes[name] = { name, description: `${description} (rem)`, control: { type: 'range', min: 0.5, max: 2, step: 0.125 }, table };
    else if (name.endsWith('-font')) argTypes[name] = { name, description, control: { type: 'select' }, options: Object.keys(FONTS), table };
    // Widths, offsets, layers: any CSS value (a colour picker set nothing sensible here).
    else argTypes[name] = { name, description, control: { type: 'text' }, table };
  }
  const startArgs = (theme: Theme): Args => {
    const args: Args = { ...baseArgs, theme };
    for (const { name } of props) {
      if (isColour(name)) args[name] = defaults[theme][name];
      else if (name.endsWith('-font')) args[name] = Object.keys(FONTS)[0];
      else args[name] = number(defaults[theme][name]);
    }
    return args;
  };
  const render = (args: Args) => {
    const theme = args.theme ?? 'light';
    const style = changedDeclarations(tag, theme, args)
      .map(([n, v]) => `${n}:${v}`)
      .join(';');
    const text = themeCss(tag, theme, args);
    const problems = playgroundContrast(tag, theme, args);
    // Shown on the light host-page colours in both playgrounds, like the CSS box below it.
    const warning = problems.length
      ? html`<div class="theme-contrast" role="status" style="margin-top:1.5rem;max-width:40rem;padding:.75rem;border:1px solid #b3123a;border-left-width:6px;border-radius:6px;background:#ffffff;color:#1a1d21">
          <strong>Too little contrast (WCAG AA) for some readers:</strong>
          <ul style="margin:.25rem 0 0;padding-left:1.25rem">${problems.map((p) => html`<li>${problemText(p)}</li>`)}</ul>
        </div>`
      : html`<div class="theme-contrast" role="status"></div>`;
    return html`<div class="theme-playground" data-tag=${tag} style=${style}>${element(args)}</div>
      ${warning}
      <section class="theme-css" aria-label="CSS for the web team" style="margin-top:1.5rem;max-width:40rem;font:inherit;color:#1a1d21">
        <pre style="margin:0 0 .5rem;padding:.75rem;background:#f2f4f7;border:1px solid #c9ced6;border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere;font-size:.85rem"><code>${text}</code></pre>
        <button type="button" style="font:inherit;padding:.4rem .9rem" @click=${(e: Event) => copy(e.currentTarget as HTMLButtonElement, text)}>Copy CSS</button>
        <span role="status" style="margin-left:.5rem;color:${theme === 'dark' ? '#eef1f4' : '#1a1d21'}"></span>
      </section>`;
  };
  const story = (theme: Theme): StoryObj<Args> => ({
    name: theme === 'light' ? 'Theme playground' : 'Theme playground (dark)',
    args: startArgs(theme),
    argTypes,
    render,
    parameters: { controls: { include: props.map((p) => p.name) }, docs: { description: { story: 'Try the brand’s colours, radius, spacing and type; the CSS below is what the web team pastes into the site’s stylesheet.' } } },
  });
  return { ThemePlayground: story('light'), ThemePlaygroundDark: story('dark') };
}
