import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Issue 11: `civic-data-bot ask --jsonl | head -1` ends quietly, not with an EPIPE stack trace. */
describe('CLI output into a pipe closed early', () => {
  it('GIVEN the reader closes stdout after the first line THEN exit 0 and nothing on stderr', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'ask', '--jsonl'], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        UPSTREAM_OVERRIDE: 'http://127.0.0.1:9',
      },
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    let first = '';
    child.stdout.on('data', (d: Buffer) => {
      first += d.toString();
      // Like `head -1`: read one line, then close the pipe.
      if (first.includes('\n')) child.stdout.destroy();
    });
    // Enough answers that the CLI is still writing when the pipe goes away.
    child.stdin.on('error', () => undefined);
    child.stdin.end(`${Array.from({ length: 3000 }, (_, i) => `kc fees question ${i}`).join('\n')}\n`);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(JSON.parse(first.split('\n')[0]!)).toMatchObject({ intent: 'fees' });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
