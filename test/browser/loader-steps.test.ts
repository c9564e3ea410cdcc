import { expect } from '@open-wc/testing';
import { evaluateInSteps, nextTask, preloadInSteps } from '../../src/loader/steps.js';

// The loader evaluates an element's files one per task, leaves first (issue 13: one long module
// evaluation task was most of the demo home page's total blocking time). Three blob modules,
// c imports b imports a; each posts a task (a MessageChannel message) while it is evaluated.
type Log = { order: string[] };
const log = () => (window as unknown as { __steps: Log }).__steps;

function modules(): string[] {
  const mod = (name: string, dep?: string) =>
    URL.createObjectURL(
      new Blob(
        [
          `${dep ? `import '${dep}';` : ''}
          const log = window.__steps;
          log.order.push('${name}');
          const c = new MessageChannel();
          c.port1.onmessage = () => { c.port1.close(); log.order.push('task after ${name}'); };
          c.port2.postMessage(0);`,
        ],
        { type: 'text/javascript' },
      ),
    );
  const a = mod('a');
  const b = mod('b', a);
  return [a, b, mod('c', b)];
}

describe('loader: element code is evaluated one file per task', () => {
  beforeEach(() => {
    (window as unknown as { __steps: Log }).__steps = { order: [] };
  });

  it('evaluates each file in its own task, imports first', async () => {
    await evaluateInSteps(modules());
    expect(log().order).to.deep.equal(['a', 'task after a', 'b', 'task after b', 'c', 'task after c']);
  });

  it('(the check above fails when the files are evaluated in one task)', async () => {
    const urls = modules();
    await import(/* @vite-ignore */ urls[2]);
    await nextTask();
    expect(log().order.slice(0, 3)).to.deep.equal(['a', 'b', 'c']);
  });

  it('hands the thread back once after each file', async () => {
    const urls = modules();
    const yields: number[] = [];
    await evaluateInSteps(urls, async () => {
      yields.push(log().order.filter((s) => !s.startsWith('task')).length);
      await nextTask();
    });
    expect(yields).to.deep.equal([1, 2, 3]);
  });

  it('rejects when a file cannot be loaded, and evaluates nothing after it', async () => {
    const [a, , c] = modules();
    let error: unknown;
    await evaluateInSteps([a, 'blob:http://127.0.0.1/missing', c]).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(Error);
    expect(log().order.filter((s) => !s.startsWith('task'))).to.deep.equal(['a']);
  });
});

describe('loader: modulepreload hints, one per task', () => {
  it('adds each hint in its own task, also hints asked for while it runs, and resolves when all are in', async () => {
    const before = document.head.querySelectorAll('link[rel=modulepreload]').length;
    const order: string[] = [];
    const links = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].slice(before).map((l) => l.href.replace(/.*\//, ''));
    const yielder = async () => {
      order.push(`yield after ${links().length}`);
      await nextTask();
    };
    const done = preloadInSteps(['/steps-a.js', '/steps-b.js'], yielder);
    expect(links(), 'the first hint at once').to.deep.equal(['steps-a.js']);
    const same = preloadInSteps(['/steps-c.js']);
    expect(same, 'one pump: a second call joins the first').to.equal(done);
    await done;
    expect(links()).to.deep.equal(['steps-a.js', 'steps-b.js', 'steps-c.js']);
    expect(order).to.deep.equal(['yield after 1', 'yield after 2', 'yield after 3']);
    for (const l of document.head.querySelectorAll('link[href*="steps-"]')) l.remove();
  });
});
