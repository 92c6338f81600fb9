/** Helpers the benchmarks share for talking to an app server they started themselves. */

/** Polls `url` until it answers 2xx; fails early when the server process has already exited. */
export async function waitForAnswer(
  url: string,
  timeoutMs: number,
  server: { exitCode: number | null },
  serverName: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`${serverName} exited with code ${server.exitCode} before answering`);
    try {
      if ((await fetch(url)).ok) return;
    } catch (error) {
      // fetch fails with a TypeError while nothing listens yet.
      if (!(error instanceof TypeError)) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Milliseconds for one whole response (body read), which must have the expected status. */
export async function timeRequest(url: string, expectedStatus = 200): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { redirect: 'manual' });
  await response.text();
  if (response.status !== expectedStatus) throw new Error(`${url} answered ${response.status}, not ${expectedStatus}`);
  return performance.now() - started;
}
