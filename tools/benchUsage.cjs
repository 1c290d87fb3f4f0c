// Preloaded (node --require) into a process timed by tools/benchProcess.mjs: at exit it writes the process's
// CPU time (every thread, GC helpers and worker threads included) and peak resident memory to the file named
// by NEWS_LENS_BENCH_USAGE, so the parent gets figures a busy machine barely moves.
const fs = require('fs');

const file = process.env.NEWS_LENS_BENCH_USAGE;
if (file && require('worker_threads').isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(file, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKB: usage.maxRSS }));
  });
}
