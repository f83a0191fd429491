import { PassThrough } from 'node:stream';
import { runChat } from '../../src/bots/terminal/chat.js';
import { realEngine } from './engine.js';

/** Runs a whole terminal conversation through the chat adapter; returns each reply's text in order. */
export async function chat(lines: string[], engine = realEngine()): Promise<string[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d) => {
    text += d;
  });
  const done = runChat(engine, input, output);
  input.end(`${lines.join('\n')}\n`);
  await done;
  // The greeting comes first; every reply is framed by blank lines.
  return text
    .split('\n\n\n')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(1);
}
