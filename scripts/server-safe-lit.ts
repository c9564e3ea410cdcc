import type { Plugin } from 'vite';

/**
 * Lets a server import the ES build (dist/status.js and the other element entries): a Next.js,
 * Nuxt or Astro site evaluates the modules it imports on the server while building or rendering,
 * where there is no DOM, and Lit's browser build then stops the whole page with "HTMLElement is
 * not defined". Three module-level lines of Lit touch the DOM; they are rewritten to fall back
 * when it is missing. In a browser each rewritten line does exactly what it did.
 * The strings are Lit's published (minified) files as resolved by the build. If one is not found
 * exactly as often as listed, the build stops: a Lit upgrade must not silently undo this
 * (test/node/server-import.test.mjs imports every entry in Node).
 */
const REWRITES = [
  // The element base class: a plain class on the server, where it is never instantiated.
  { file: '@lit/reactive-element/reactive-element.js', from: 'class y extends HTMLElement{', to: 'class y extends(globalThis.HTMLElement??Object){', times: 1 },
  // lit-html keeps `document` and makes one tree walker when loaded: `P=l.createTreeWalker(l,129)`.
  { file: 'lit-html/lit-html.js', from: 'l=document,', to: 'l=globalThis.document??{createTreeWalker(){}},', times: 1 },
  // @customElement defines the tag when the class is made (both decorator forms); nothing to define on a server.
  { file: '@lit/reactive-element/decorators/custom-element.js', from: 'customElements.define(', to: 'globalThis.customElements?.define(', times: 2 },
] as const;

/** What would still reach the DOM at load time if a rewrite were lost (or new code brought one). */
const UNSAFE = ['extends HTMLElement', 'customElements.define('] as const;

const count = (code: string, s: string) => code.split(s).length - 1;

export function serverSafeLit(): Plugin {
  const done = new Set<string>();
  return {
    name: 'clearline-server-safe-lit',
    // The dev server (screenshots) serves Lit's development files to a browser: nothing to do there.
    apply: 'build',
    buildStart: () => done.clear(),
    transform(code, id) {
      const path = id.split('?')[0].replaceAll('\\', '/');
      const rewrite = REWRITES.find((r) => path.endsWith(`/node_modules/${r.file}`));
      if (!rewrite) return null;
      const found = count(code, rewrite.from);
      if (found !== rewrite.times) {
        this.error(`server-safe-lit: expected ${rewrite.times}× "${rewrite.from}" in ${rewrite.file}, found ${found}. Lit changed: update REWRITES in scripts/server-safe-lit.ts so importing the ES build on a server (Next.js, Nuxt, Astro) does not throw, then run test/node/server-import.test.mjs`);
      }
      done.add(rewrite.file);
      return { code: code.replaceAll(rewrite.from, rewrite.to), map: null };
    },
    generateBundle(_options, bundle) {
      const missing = REWRITES.filter((r) => !done.has(r.file)).map((r) => r.file);
      if (missing.length) this.error(`server-safe-lit: the build never loaded ${missing.join(', ')}; Lit changed: update REWRITES in scripts/server-safe-lit.ts`);
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        const unsafe = UNSAFE.find((s) => item.code.includes(s));
        if (unsafe) this.error(`server-safe-lit: ${item.fileName} still has "${unsafe}", which throws where there is no DOM (a server importing the ES build); guard it with globalThis (see scripts/server-safe-lit.ts)`);
      }
    },
  };
}
