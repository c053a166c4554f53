// Preloaded into a child process under test: at exit it reports the CPU time and peak memory the process used,
// so a test can hold a hostile input to "under 5 s and 512 MB" on a shared machine (CPU time, not wall time).
// A process killed by V8 (out of memory) or a signal never reaches "exit" and reports nothing.
const { writeSync } = require("node:fs");

process.on("exit", () => {
  const usage = process.resourceUsage();
  const report = {
    cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
    maxRssMb: Math.round(usage.maxRSS / 1024),
  };
  writeSync(2, `\n@@usage ${JSON.stringify(report)}\n`);
});
