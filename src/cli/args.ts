/**
 * Command-line flags: `--name value` or `--name=value`, positionals in between. Unknown flags and
 * flags without their value are usage errors (exit 2).
 */
import { problem } from '../i18n/problem';
import { UsageError } from './report';

export interface ParsedArgs {
  flags: Map<string, string>;
  positionals: string[];
}

/** Parse `args` allowing only the named flags (each takes one value) and the named switches (no value; set to "true"). */
export function parseArgs(args: readonly string[], allowed: readonly string[], switches: readonly string[] = []): ParsedArgs {
  const flags = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a === '-') {
      if (a.startsWith('-') && a !== '-') throw new UsageError(problem('', 'cli.unknownFlag', { flag: a }));
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (switches.includes(name) && eq < 0) {
      if (flags.has(name)) throw new UsageError(problem('', 'cli.flagTwice', { flag: `--${name}` }));
      flags.set(name, 'true');
      continue;
    }
    if (!allowed.includes(name)) throw new UsageError(problem('', 'cli.unknownFlag', { flag: `--${name}` }));
    let value: string | undefined;
    if (eq >= 0) value = a.slice(eq + 1);
    else if (i + 1 < args.length && !args[i + 1]!.startsWith('--')) value = args[++i];
    if (value === undefined || value === '') throw new UsageError(problem('', 'cli.flagValue', { flag: `--${name}` }));
    if (flags.has(name)) throw new UsageError(problem('', 'cli.flagTwice', { flag: `--${name}` }));
    flags.set(name, value);
  }
  return { flags, positionals };
}

/** A required flag's value, or a usage error naming it. */
export function requireFlag(parsed: ParsedArgs, name: string): string {
  const v = parsed.flags.get(name);
  if (v === undefined) throw new UsageError(problem('', 'cli.missingFlag', { flag: `--${name}` }));
  return v;
}

/** An optional whole-number flag in [min, max], or a usage error naming it and the range. */
export function intFlag(parsed: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const v = parsed.flags.get(name);
  if (v === undefined) return undefined;
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(problem('', 'sim.badInteger', { flag: `--${name}`, value: v, min, max }));
  }
  return n;
}

/** An optional flag restricted to some values. */
export function choiceFlag<T extends string>(parsed: ParsedArgs, name: string, choices: readonly T[], fallback: T): T {
  const v = parsed.flags.get(name);
  if (v === undefined) return fallback;
  if (!(choices as readonly string[]).includes(v)) {
    throw new UsageError(problem('', 'cli.badChoice', { flag: `--${name}`, value: v, allowed: choices.join(' | ') }));
  }
  return v as T;
}
