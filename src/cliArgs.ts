/** Options may stand anywhere on the command line (DESIGN.md); `--` ends them. */
const FLAGS = new Set(['--json', '--jsonl', '--full', '--help', '-h', '--version', '-v']);
/** Options that take a value: `--lang es` or `--lang=es`. */
const VALUED = new Set(['--lang']);

export function parseArgs(argv: string[]): {
  command?: string;
  args: string[];
  flags: Set<string>;
  /** Valued options by name; an option given without its value maps to ''. */
  values: Map<string, string>;
  unknown: string[];
} {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positional: string[] = [];
  const unknown: string[] = [];
  let onlyPositional = false;
  let awaiting: string | undefined;
  for (const a of argv) {
    const [name, inline] = a.split(/=(.*)/s, 2) as [string, string | undefined];
    if (awaiting) {
      values.set(awaiting, a);
      awaiting = undefined;
    } else if (!onlyPositional && VALUED.has(name)) {
      if (inline !== undefined) values.set(name, inline);
      else {
        values.set(name, '');
        awaiting = name;
      }
    } else if (!onlyPositional && a === '--') onlyPositional = true;
    else if (!onlyPositional && FLAGS.has(a.trim()) && !/\s/.test(a))
      flags.add(a === '-h' ? '--help' : a === '-v' ? '--version' : a);
    // A quoted question ("--help me with keys") has spaces: it is words, not an option.
    else if (!onlyPositional && a.startsWith('-') && !/\s/.test(a) && a.length > 1) unknown.push(a);
    else positional.push(a);
  }
  const [command, ...args] = positional;
  return { command, args, flags, values, unknown };
}
