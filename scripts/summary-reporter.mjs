// Prints "N passed, N failed, N skipped" as the very last line, the plain
// closing line CI reads (wtr's own summary is not in that form).
export function summaryReporter() {
  let counts = null;
  const count = (suite, acc) => {
    for (const t of suite.tests ?? []) {
      if (t.skipped) acc.skipped++;
      else if (t.passed) acc.passed++;
      else acc.failed++;
    }
    for (const s of suite.suites ?? []) count(s, acc);
    return acc;
  };
  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, counts);
        // A file that failed to load has errors but no test results: count it as a failure.
        else if (session.errors?.length) counts.failed++;
        if (session.testResults && session.errors?.length) counts.failed += session.errors.length;
      }
    },
    stop() {
      if (!counts) return;
      const line = `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
      process.on('exit', () => console.log(line));
    },
  };
}
