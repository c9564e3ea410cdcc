/**
 * For the classic script (vite.config.ts, iife mode): parts it loads later from its own folder
 * (the Markdown renderer, the FAQ search engine), each pinned by a SHA-384 that the build writes
 * into the classic script. The browser runs such a file only if it matches: a modulepreload link
 * with `integrity` fetches and checks it, and import() then takes the module the preload
 * verified, never a fresh copy. So the one `integrity` attribute on the classic script's tag still
 * pins every byte the page runs. Each part imports nothing (scripts/size-check.mjs checks), since a
 * hash pins only its own file.
 */
export interface Pin {
  file: string;
  integrity: string;
}

/** Written by the build: the parts and their hashes. */
declare const __CLEARLINE_PINNED__: Record<'markdown' | 'search', Pin>;
/** The classic script's own URL, taken while it runs (the build's `intro`); '' when inlined. */
declare const __clearlineScriptUrl: string;

export const PINNED = __CLEARLINE_PINNED__;

function preload(href: string, integrity: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = 'anonymous';
    link.integrity = integrity;
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`clearline: ${href} did not match the hash in the classic script, or could not be loaded`));
    document.head.append(link);
  });
}

/** Imports a part from beside the classic script, only once the browser has checked it against its pin. */
export async function importPinned<T>(pin: Pin): Promise<T> {
  // Without modulepreload the browser would fire neither load nor error, and could not check the file: do not load it.
  if (!document.createElement('link').relList.supports('modulepreload')) throw new Error(`clearline: this browser cannot check ${pin.file} against its pin, so it is not loaded`);
  const base = typeof __clearlineScriptUrl === 'string' ? __clearlineScriptUrl : '';
  if (!base) throw new Error(`clearline: the classic script was not loaded from a URL, so ${pin.file} cannot be found beside it`);
  const href = new URL(pin.file, base).href;
  await preload(href, pin.integrity);
  return (await import(/* @vite-ignore */ href)) as T;
}
