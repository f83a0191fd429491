#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { buildApp } from './app.js';
import { parseArgs } from './cliArgs.js';
import { runChat } from './bots/terminal/chat.js';
import { runJsonl, toJsonRecord } from './bots/terminal/jsonl.js';
import { renderText } from './bots/terminal/renderText.js';
import { ConfigError, loadConfig } from './config.js';
import type { Engine, EngineReply } from './intents/index.js';
import { CityFileError, LANGS } from './knowledge/index.js';
import { createLogger } from './logger.js';

const LangSchema = z.enum(LANGS);

const USAGE = `civic-data-bot: open data access answers for the City of Miami, Kansas City (MO) and the City of Los Angeles

Usage:
  civic-data-bot ask "QUESTION" [--json] [--full]  answer one question (--full: every point)
  civic-data-bot ask --jsonl                 answer stdin, one question per line (plain, or {"q":..., "conversation":...})
  civic-data-bot chat                        interactive conversation
  civic-data-bot search CITY QUERY [--json]  live dataset search (CITY: los-angeles, LA, "kansas city", miami ...)
  civic-data-bot dataset CITY ID [--json]    dataset details by portal id
  civic-data-bot --help | --version

  --lang es|en   answer in Spanish or English whatever the question's language (default: the
                 language of each question, or DEFAULT_LANG)

Options may stand anywhere on the command line.`;

function version(): string {
  // Beside the tsc output (dist/src) or the bundle (dist/).
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      // try the next place
    }
  }
  return 'unknown';
}

function print(reply: EngineReply, json: boolean, full = false) {
  const tty = Boolean(process.stdout.isTTY);
  const width = tty ? Math.min(100, (process.stdout.columns ?? 80) - 2) : 100;
  process.stdout.write(
    `${json ? toJsonRecord(reply, { full }) : renderText(reply.answer, { width, color: tty, full })}\n`,
  );
}

async function main(argv: string[]): Promise<number> {
  const { command, args, flags, values, unknown } = parseArgs(argv);
  if (flags.has('--version')) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (flags.has('--help') || !command || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command || flags.has('--help') ? 0 : 2;
  }
  if (unknown.length) {
    process.stderr.write(`Unknown option ${unknown[0]}\n\n${USAGE}\n`);
    return 2;
  }
  const langOption = values.get('--lang');
  const lang = langOption === undefined ? undefined : LangSchema.safeParse(langOption.trim().toLowerCase());
  if (lang && !lang.success) {
    process.stderr.write(`--lang must be es or en (got "${langOption}")\n\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  // The CLI stays quiet unless asked: stdout is the answer, logs go to stderr.
  const logger = createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : 'error', { pretty: false });
  const app = buildApp(config, logger, lang?.data ? { lang: lang.data } : {});
  try {
    return await run(app.engine, command, args, flags);
  } finally {
    await app.close();
  }
}

async function run(engine: Engine, command: string, args: string[], flags: Set<string>): Promise<number> {
  const json = flags.has('--json');

  switch (command) {
    case 'ask': {
      if (flags.has('--jsonl')) {
        await runJsonl(engine, process.stdin, process.stdout);
        return 0;
      }
      print(await engine.ask({ text: args.join(' ') }), json, flags.has('--full'));
      return 0;
    }
    case 'chat':
      await runChat(engine, process.stdin, process.stdout);
      return 0;
    case 'search':
    case 'dataset': {
      if (args.length === 0) {
        process.stderr.write(
          `civic-data-bot ${command} needs a city and a ${command === 'search' ? 'query' : 'dataset id'}\n\n${USAGE}\n`,
        );
        return 2;
      }
      // CITY may be several words ("kansas city"); the engine knows the names.
      const split = engine.splitCity(args.join(' '));
      const city = split?.city ?? args[0] ?? '';
      const rest = split ? split.rest : args.slice(1).join(' ');
      const reply =
        command === 'search'
          ? await engine.searchDatasets({ city, query: rest })
          : await engine.datasetDetails({ city, id: rest });
      print(reply, json);
      return 0;
    }
    default:
      process.stderr.write(`Unknown command "${command}"\n\n${USAGE}\n`);
      return 2;
  }
}

// `ask --jsonl | head`: the reader has gone, so nobody is left to answer; end quietly, not with a stack.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof CityFileError) process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`civic-data-bot failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = err instanceof ConfigError ? 2 : 1;
  },
);
