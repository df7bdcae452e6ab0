// Minimal sequential step runner: the scenario is one story, so after the first failure the
// remaining steps are skipped. Ends with the line "N passed, N failed, N skipped".

export class StepRunner {
  constructor(name) {
    this.name = name;
    this.results = [];
    this.failed = false;
  }

  async step(title, fn) {
    if (this.failed) {
      this.results.push({ title, status: 'skipped' });
      console.log(`  - ${title} (skipped)`);
      return undefined;
    }
    const started = Date.now();
    try {
      const value = await fn();
      const ms = Date.now() - started;
      this.results.push({ title, status: 'passed', ms });
      console.log(`  ✔ ${title} (${(ms / 1000).toFixed(1)} s)`);
      return value;
    } catch (error) {
      const ms = Date.now() - started;
      this.failed = true;
      this.results.push({ title, status: 'failed', ms, error });
      console.log(`  ✖ ${title} (${(ms / 1000).toFixed(1)} s)`);
      console.log(indent(String(error?.stack ?? error)));
      if (this.onFailure) await this.onFailure(title, error).catch(() => {});
      return undefined;
    }
  }

  /** Records a step that cannot run here (e.g. missing configuration), with the reason. */
  skip(title) {
    this.results.push({ title, status: 'skipped' });
    console.log(`  - ${title} (skipped)`);
  }

  /** Prints the summary and returns the process exit code. */
  finish() {
    const count = (status) => this.results.filter((r) => r.status === status).length;
    const passed = count('passed');
    const failed = count('failed');
    const skipped = count('skipped');
    console.log('');
    console.log(`${this.name}:`);
    console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    return failed ? 1 : 0;
  }
}

function indent(text) {
  return text
    .split('\n')
    .slice(0, 12)
    .map((line) => `      ${line}`)
    .join('\n');
}
