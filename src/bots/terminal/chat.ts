import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import type { Engine } from '../../intents/index.js';
import { type Answer, hiddenPointCount } from '../../knowledge/index.js';
import { renderText } from './renderText.js';
import { stripControls } from './stripControls.js';

/** What a person types to see the rest of the last answer. */
const MORE =
  /^(?:more|show more|tell me more|more please|the rest|full answer|--full|m[aá]s|ver m[aá]s|el resto)[.!?]*$/i;

/** Interactive terminal conversation; one conversation key for the whole session. */
export async function runChat(
  engine: Engine,
  input: Readable,
  output: Writable & { isTTY?: boolean; columns?: number },
) {
  const tty = Boolean(output.isTTY);
  const style = { width: Math.min(100, (output.columns ?? 80) - 2), color: tty };
  const conversation = `terminal:${process.pid}:${Date.now()}`;
  const rl = createInterface({ input, output, terminal: tty });
  output.write(
    `civic-data-bot: ask about open data access in ${engine
      .cities()
      .map((c) => c.name)
      .join(', ')}.\nType a question, "help" for examples, or "quit" to leave.\n\n`,
  );
  const prompt = tty ? 'you> ' : '';
  rl.setPrompt(prompt);
  rl.prompt();
  // The last answer's options: typing "2" picks the second, as a button would in Slack or Discord.
  let options: string[] = [];
  let last: Answer | undefined;
  for await (const line of rl) {
    const typed = line.trim();
    const picked = /^\d{1,2}$/.test(typed) ? options[Number(typed) - 1] : undefined;
    const text = picked ?? typed;
    if (/^(?:quit|exit|\/quit|\/exit|:q)$/i.test(text)) break;
    if (last && MORE.test(text) && hiddenPointCount(last) > 0) {
      // The rest of the last answer, not a new question.
      output.write(`\n${renderText(last, { ...style, full: true })}\n\n`);
      last = undefined;
    } else if (text) {
      try {
        const reply = await engine.ask({ text, conversation });
        options = reply.answer.choices.map((c) => c.value);
        last = reply.answer;
        output.write(`\n${renderText(reply.answer, { ...style, moreHint: 'ui.hintMore' })}\n\n`);
      } catch (err) {
        output.write(`\nSorry, something went wrong: ${stripControls((err as Error).message)}\n\n`);
      }
    }
    rl.prompt();
  }
  rl.close();
}
