/** Options may stand anywhere on the command line (DESIGN.md); `--` ends them. */
const FLAGS = new Set(['--json', '--jsonl', '--full', '--help', '-h', '--version', '-v']);

export function parseArgs(argv: string[]): {
  command?: string;
  args: string[];
  flags: Set<string>;
  unknown: string[];
} {
  const flags = new Set<string>();
  const positional: string[] = [];
  const unknown: string[] = [];
  let onlyPositional = false;
  for (const a of argv) {
    if (!onlyPositional && a === '--') onlyPositional = true;
    else if (!onlyPositional && FLAGS.has(a.trim()) && !/\s/.test(a))
      flags.add(a === '-h' ? '--help' : a === '-v' ? '--version' : a);
    // A quoted question ("--help me with keys") has spaces: it is words, not an option.
    else if (!onlyPositional && a.startsWith('-') && !/\s/.test(a) && a.length > 1) unknown.push(a);
    else positional.push(a);
  }
  const [command, ...args] = positional;
  return { command, args, flags, unknown };
}
