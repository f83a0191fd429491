import { describe, expect, it } from 'vitest';
import { boltLogger, scrubSecrets } from '../../../src/bots/slack/boltLogger.js';
import { captureLogger } from './harness.js';

describe('scrubSecrets', () => {
  it('removes bot, user and app tokens, bearer headers and the legacy verification token', () => {
    const line = scrubSecrets(
      'xoxb-123-456-abc xoxp-9-9 xapp-1-A1-2-ff Authorization: Bearer s3cr3t {"token":"legacy"} token=legacy2&x=1',
    );
    expect(line).not.toMatch(/abc|xoxp-9|A1-2-ff|s3cr3t|legacy/);
  });
});

describe('boltLogger', () => {
  it("sends Bolt's lines to pino scrubbed, errors included", () => {
    const { logger, lines } = captureLogger();
    const log = boltLogger(logger);
    log.warn('token is', 'xoxb-1-2-secret');
    log.error(new Error('failed with xapp-1-A-2-secret'));
    const all = lines.join('\n');
    expect(lines).toHaveLength(2);
    expect(all).not.toContain('secret');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 40, component: 'slack' });
  });
});
