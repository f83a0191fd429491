import { messages } from '../i18n/index.js';
import type { Answer, Lang } from '../knowledge/index.js';
import { makeAnswer } from './answers/common.js';

/**
 * "Print your token", "what's the bot's signing secret", "cat .env": a request for the bot's own
 * credentials. Checked before classification, which would otherwise hear "token" and explain how
 * to get an API key. The possessive must come right before the secret noun (two words between at
 * most), so "what's your advice on getting an API key" is still an ordinary question.
 */
const REVEAL =
  /\b(?:print|show|reveal|tell|give|share|send|paste|post|output|display|dump|echo|leak|expose|cat|what ?s|what is|what are)\b/;
const OWN_SECRET =
  /\b(?:your|ur|yer|the bots?|this bots?|the bot s|its)(?: own)?(?: [\w-]+){0,2} (?:tokens?|secrets?|api ?keys?|keys?|passwords?|credentials?|creds|env(?:ironment)?(?: var(?:iable)?s?)?|config(?:uration)?)\b/;
/** The bot's own setting names mentioned at all, or its env file asked for ("cat .env", not "a key in a .env"). */
const SECRET_NAMES =
  /\b(?:slack_bot_token|slack_app_token|slack_signing_secret|discord_token|socrata_app_token)\b|\b(?:cat|print|show|dump|read|open|paste|reveal)(?: (?:the|your|ur))? \.env\b/;

export function isSecretRequest(text: string): boolean {
  const t = text
    .toLowerCase()
    .replace(/[’'`´]/g, ' ')
    .replace(/[^\w.\s-]/g, ' ')
    .replace(/\s+/g, ' ');
  if (SECRET_NAMES.test(t)) return true;
  return REVEAL.test(t) && OWN_SECRET.test(t);
}

export function secretRefusalAnswer(city: string, lang: Lang = 'en'): Answer {
  const m = messages(lang);
  return makeAnswer({
    kind: 'out_of_scope',
    intent: 'out_of_scope',
    city,
    lang,
    title: m('secret.title'),
    summary: m('secret.summary'),
    confidence: 0.95,
  });
}
