import { spawn } from 'node:child_process';

export interface RunOptions {
  /** Written to the program's standard input, then closed. */
  stdin?: string;
  timeoutMs: number;
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** The end of what the program wrote to standard error, for messages. */
  stderr: string;
}

/** Runs a program on its own, with no shell between: every argument reaches it as given. */
export type RunProgram = (program: string, args: readonly string[], options: RunOptions) => Promise<RunResult>;

const stderrLimit = 2_000;

export const runProgram: RunProgram = (program, args, { stdin, timeoutMs }) =>
  new Promise((resolve, reject) => {
    const child = spawn(program, [...args], { shell: false, stdio: ['pipe', 'ignore', 'pipe'], timeout: timeoutMs, killSignal: 'SIGKILL' });
    let stderr = '';
    let timedOut = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-stderrLimit);
    });
    const timer = setTimeout(() => {
      timedOut = true;
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ exitCode, signal, timedOut: timedOut && signal !== null, stderr: stderr.trim() });
    });
    // A program that exits before reading its input closes the pipe; that is its exit's business.
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') reject(error);
    });
    child.stdin.end(stdin ?? '');
  });
