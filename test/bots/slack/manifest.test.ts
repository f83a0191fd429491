import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const ManifestSchema = z.object({
  display_information: z.object({ name: z.string().min(1).max(35), description: z.string().max(140) }),
  features: z.object({
    app_home: z.object({
      messages_tab_enabled: z.literal(true),
      messages_tab_read_only_enabled: z.literal(false),
    }),
    bot_user: z.object({ display_name: z.string().min(1) }),
    slash_commands: z.array(
      z.object({ command: z.string(), description: z.string(), usage_hint: z.string() }),
    ),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.literal(true) }),
    socket_mode_enabled: z.boolean(),
  }),
});

describe('slack/manifest.json', () => {
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync('slack/manifest.json', 'utf8')));

  it('declares the slash command, events and DM tab the listeners answer', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/opendata']);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.im']);
  });

  it('asks for exactly the scopes those need', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      ['app_mentions:read', 'chat:write', 'commands', 'im:history', 'im:read', 'im:write'].sort(),
    );
  });

  it('does not subscribe to channel messages, which would answer a mention twice', () => {
    expect(manifest.settings.event_subscriptions.bot_events).not.toContain('message.channels');
  });
});
