// Preloaded into a CLI run by tests (node --import): with CLEARLINE_TEST_NOW (milliseconds) the
// process's Date stands still at that instant, so a test of clock times ("--next-update 11:30",
// a time just past midnight) covers the same case whenever it runs. Test-only; dist/ never reads it.
const fixed = Number(process.env.CLEARLINE_TEST_NOW);
if (process.env.CLEARLINE_TEST_NOW && Number.isFinite(fixed)) {
  const RealDate = Date;
  globalThis.Date = class FixedDate extends RealDate {
    constructor(...args) {
      if (args.length) super(...args);
      else super(fixed);
    }
    static now() {
      return fixed;
    }
  };
}
