import { z } from 'zod';
import { LANGS } from './knowledge/language.js';

const optionalText = z
  .string()
  .transform((v) => v.trim())
  .optional()
  .transform((v) => (v ? v : undefined));
const boolText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const httpUrl = z
  .url({ protocol: /^https?$/ })
  .transform((v) => v.replace(/\/+$/, ''))
  .optional();

/** Every setting the bot reads from the environment, in one typed object. */
export const ConfigSchema = z.object({
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Bind address for the Slack HTTP receiver. */
  HOST: z.string().min(1).default('0.0.0.0'),

  SLACK_BOT_TOKEN: optionalText.pipe(
    z
      .string()
      .regex(/^xoxb-/, 'must start with xoxb-')
      .optional(),
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.pipe(
    z
      .string()
      .regex(/^xapp-/, 'must start with xapp-')
      .optional(),
  ),
  SLACK_API_URL: httpUrl,

  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.pipe(
    z
      .string()
      .regex(/^\d{5,25}$/, 'must be a numeric snowflake')
      .optional(),
  ),
  DISCORD_GUILD_ID: optionalText.pipe(
    z
      .string()
      .regex(/^\d{5,25}$/, 'must be a numeric snowflake')
      .optional(),
  ),
  DISCORD_API_URL: httpUrl,
  DISCORD_MESSAGE_CONTENT: boolText,

  /** Test seam: https://HOST/PATH goes to UPSTREAM_OVERRIDE/HOST/PATH instead. */
  UPSTREAM_OVERRIDE: httpUrl,
  SOCRATA_APP_TOKEN: optionalText,
  /** Overall time budget for the portal calls behind one question. */
  SEARCH_BUDGET_MS: z.coerce.number().int().min(100).max(60_000).default(2500),
  /**
   * On SIGTERM/SIGINT, how long answers already acknowledged may take to finish before the process
   * exits anyway. Keep it below the container's stop timeout (docs/deploying.md).
   */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  /** Answer in this language (en or es) whatever a message is written in; unset: detect per message. */
  DEFAULT_LANG: optionalText.pipe(z.enum(LANGS, { error: 'must be en or es' }).optional()),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid environment variable ${variable}: ${detail}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; the first bad value throws a one-line ConfigError naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new ConfigError(String(issue.path[0] ?? '?'), issue.message);
}

/** Which chat platforms have credentials; partial credentials are an error, not a silent skip. */
export function configuredPlatforms(config: Config): { slack: boolean; discord: boolean } {
  const slackAny = Boolean(config.SLACK_BOT_TOKEN || config.SLACK_APP_TOKEN || config.SLACK_SIGNING_SECRET);
  if (slackAny && !config.SLACK_BOT_TOKEN)
    throw new ConfigError('SLACK_BOT_TOKEN', 'required when Slack is configured');
  if (slackAny && !config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET',
      'required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }
  const discordAny = Boolean(config.DISCORD_TOKEN || config.DISCORD_APPLICATION_ID);
  if (discordAny && !config.DISCORD_TOKEN)
    throw new ConfigError('DISCORD_TOKEN', 'required when Discord is configured');
  if (discordAny && !config.DISCORD_APPLICATION_ID) {
    throw new ConfigError('DISCORD_APPLICATION_ID', 'required when Discord is configured');
  }
  return { slack: slackAny, discord: discordAny };
}
