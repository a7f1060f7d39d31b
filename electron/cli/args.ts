/** A small argument parser shared by the CLI and the browser host's launcher. */
import { AppError } from '../contract/errors.ts';

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | true>;
}

/** Parses `a b --flag --key value --key=value`; `valueOptions` says which options take a value. */
export function parseArgs(argv: string[], valueOptions: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (valueOptions.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) {
        throw new AppError('VALIDATION', `--${name} needs a value.`);
      }
      options[name] = value;
    } else {
      options[name] = inline ?? true;
    }
  }
  return { positionals, options };
}
