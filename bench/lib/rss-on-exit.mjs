// Preloaded with `node --import`: prints the process's peak resident memory (kB) to stderr on exit.
process.on('exit', () => process.stderr.write(`\nMAXRSS_KB ${process.resourceUsage().maxRSS}\n`));
