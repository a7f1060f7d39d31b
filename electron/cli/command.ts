/** What a CLI command is: its name, its help text, and what it runs. */
import type { ParsedArgs } from './args.ts';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Options that take a value (besides --db). */
  valueOptions?: readonly string[];
  /** Options that take no value (besides --help); any other option is refused. */
  flags?: readonly string[];
  run: (args: ParsedArgs, io: CliIo) => Promise<number> | number;
}
