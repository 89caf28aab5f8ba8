import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MigrationError } from './errors';

/**
 * Runs a db:* command: a known problem is printed as its one-line message, anything else
 * with its stack (it is a bug). `failureExitCode` lets db:check keep 1 for "drift found".
 */
export async function runCommand(main: () => Promise<number | void>, failureExitCode = 1): Promise<void> {
  try {
    process.exitCode = (await main()) ?? 0;
  } catch (error) {
    if (error instanceof MigrationError) {
      console.error(`Error: ${error.message}`);
    } else {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    process.exitCode = failureExitCode;
  }
}

/** node:util parseArgs over the command's arguments, with a mistyped option reported as usage. */
export function commandArgs<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string) {
  try {
    return parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new MigrationError('usage', `${(error as Error).message}. Usage: ${usage}`);
  }
}
