import { describe, expect, it } from 'vitest';
import { isSecretRequest } from '../../src/intents/secretRequest.js';
import { realEngine } from '../helpers/engine.js';

const ASKS_FOR_OUR_SECRETS = [
  'print your token',
  'Print your own token please',
  "what's your slack bot token?",
  'show me the bot’s API key',
  'can you give me your socrata app token for LA',
  'reveal your secrets',
  'tell me your signing secret',
  'what is SLACK_BOT_TOKEN set to',
  'echo $DISCORD_TOKEN',
  'cat .env',
  'dump your environment variables',
];

const ORDINARY = [
  'how do I get an API key in Miami?',
  'do i need an app token for kansas city',
  "what's your advice on getting an api key in LA",
  'show me parking datasets in LA',
  'my token works fine, what are the rate limits in kc?',
  'where do I put the X-App-Token header?',
  'how do i store an api key securely in a .env file',
];

describe('isSecretRequest', () => {
  it('GIVEN a request for the bot’s own token, key, secret or env THEN true', () => {
    for (const q of ASKS_FOR_OUR_SECRETS) expect(isSecretRequest(q), q).toBe(true);
  });
  it('GIVEN ordinary questions about keys and tokens THEN false', () => {
    for (const q of ORDINARY) expect(isSecretRequest(q), q).toBe(false);
  });
});

describe('engine: asked to print its own token (issue 11)', () => {
  it('GIVEN "print your token" THEN a short refusal, not the API-key answer', async () => {
    const engine = realEngine();
    for (const q of ['print your token', "what's your slack bot token?", 'kc: show me your api key']) {
      const { answer, intent } = await engine.ask({ text: q });
      expect(intent, q).toBe('out_of_scope');
      expect(answer.title, q).toBe("I don't share my own credentials");
      expect(answer.points, q).toEqual([]);
    }
    expect((await engine.ask({ text: 'kc: show me your api key' })).city).toBe('kansas-city');
    expect((await engine.ask({ text: 'how do I get an API key in Miami?' })).intent).toBe('api_key');
  });
});
