import { afterEach, describe, expect, it } from 'vitest';
import { type FakePortal, SOCRATA_DATASETS, startFakePortal } from './fakes/portal.js';
import { runCli } from './helpers/cli.js';

/** Issue 11, finding 5: terminal escapes in portal text must not reach the terminal raw. */
const HOSTILE_TITLE = 'Crime \u001b]0;owned\u0007Reports\u001b[2J\u001b[31m';
const ESC_OR_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

let fake: FakePortal | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function hostilePortal(): Promise<FakePortal> {
  const [first, ...rest] = SOCRATA_DATASETS.filter((d) => d.domain === 'data.kcmo.org');
  return startFakePortal({
    data: {
      socrata: [
        { ...first!, name: HOSTILE_TITLE, description: 'crime \u001b[2Jdata' },
        ...rest,
        ...SOCRATA_DATASETS.filter((d) => d.domain !== 'data.kcmo.org'),
      ],
    },
  });
}

describe('portal text with terminal escapes (CLI)', () => {
  it('GIVEN a dataset title with ESC]0;…BEL and ESC[2J THEN `search` prints it without any control sequence', async () => {
    fake = await hostilePortal();
    const { stdout } = await runCli(['search', 'KC', 'crime'], { env: { UPSTREAM_OVERRIDE: fake.url } });
    expect(stdout).toContain('Crime Reports');
    expect(stdout).not.toMatch(ESC_OR_CONTROL);
  });

  it('GIVEN the same title THEN `chat` prints it without any control sequence', async () => {
    fake = await hostilePortal();
    const { stdout } = await runCli(['chat'], {
      input: 'kansas city crime datasets\nquit\n',
      env: { UPSTREAM_OVERRIDE: fake.url },
    });
    expect(stdout).toContain('Crime Reports');
    expect(stdout).not.toMatch(ESC_OR_CONTROL);
  });

  it('GIVEN the same title THEN the --json text field is clean too', async () => {
    fake = await hostilePortal();
    const { stdout } = await runCli(['search', 'KC', 'crime', '--json'], {
      env: { UPSTREAM_OVERRIDE: fake.url },
    });
    const out = JSON.parse(stdout) as { text: string };
    expect(out.text).toContain('Crime Reports');
    expect(out.text).not.toMatch(ESC_OR_CONTROL);
  });
});
