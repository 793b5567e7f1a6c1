/** Where a command reads and writes: injectable so tests can run commands in-process. */
export interface CommandIO {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly isTTY: boolean;
}

/** One `pressfacts <name>` sub-command. */
export interface Command {
  readonly name: string;
  /** One line for the command list in `pressfacts --help`. */
  readonly summary: string;
  /** The full `--help` text of the command. */
  readonly help: string;
  /** Runs the command; resolves to the process exit code. Throws CliError for user errors. */
  run(args: readonly string[], io: CommandIO): Promise<number>;
}
