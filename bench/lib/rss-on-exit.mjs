// Preloaded with `node --import`: prints the process's peak resident memory (kB) and CPU time (µs)
// to stderr on exit, so a benchmark can tell its own cost from a busy machine's wall time.
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\nMAXRSS_KB ${u.maxRSS} CPU_US ${u.userCPUTime + u.systemCPUTime}\n`);
});
