import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';
import { findFreePortSync } from './tests/support/ports';

// The runner reads this file first and chooses; its workers read it again and inherit the choice
// through the environment, so all of them talk to the one server this run started.
if (!process.env.SAHPATH_E2E_PORT) {
  process.env.SAHPATH_E2E_PORT = String(findFreePortSync());
  // The server under test saves imports into a throwaway copy of content/, outside the checkout.
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'sahpath-e2e-'));
  const contentDir = path.join(workDir, 'content');
  cpSync('content', contentDir, { recursive: true });
  process.env.SAHPATH_E2E_CONTENT_DIR = contentDir;
  // A fresh embedded database per run: the server under test never sees another run's accounts.
  process.env.SAHPATH_E2E_DATA_DIR = path.join(workDir, 'db');
}
const port = Number(process.env.SAHPATH_E2E_PORT);
const contentDir = process.env.SAHPATH_E2E_CONTENT_DIR as string;
const dataDir = process.env.SAHPATH_E2E_DATA_DIR as string;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  // The reader's islands hydrate and fetch their cards late when two workers share two cores.
  expect: { timeout: 10_000 },
  globalTeardown: './tests/support/remove-e2e-content.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions },
      testIgnore: /phone\.spec\.ts/,
    },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], launchOptions: chromiumLaunchOptions },
      testMatch: /phone\.spec\.ts/,
    },
  ],
  webServer: {
    command: `npx next start -p ${port} -H 127.0.0.1`,
    env: { SAHPATH_CONTENT_DIR: contentDir, SAHPATH_DATA_DIR: dataDir },
    url: `http://127.0.0.1:${port}/en`,
    // Never talk to a server this run did not start: it may be another checkout's app.
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
