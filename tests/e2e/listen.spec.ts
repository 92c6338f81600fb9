import { expect, test, type Page } from '@playwright/test';
import { expectNoSevereAxeViolations, readerPath, seedSlug } from './fixtures';

declare global {
  interface Window {
    /** Ends the audio the stubbed player is "playing", as the end of a real sentence would. */
    endSentenceAudio: () => void;
  }
}

/**
 * This browser has no voice of its own (as Chromium on Linux has none for Hindi), and audio
 * "plays" until the test ends it, so what is spoken when is up to the test, not the clock.
 */
async function withoutBrowserVoices(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [] });
    let playing: HTMLMediaElement | undefined;
    HTMLMediaElement.prototype.play = function play(this: HTMLMediaElement) {
      playing = this;
      return Promise.resolve();
    };
    window.endSentenceAudio = () => playing?.dispatchEvent(new Event('ended'));
  });
}

async function openReader(page: Page, path = readerPath('en')) {
  await page.goto(path);
  await expect(page.locator('#term-card')).toBeAttached();
}

const speechResponse = (page: Page) => page.waitForResponse((response) => new URL(response.url()).pathname === '/api/speech');

test.describe('listening to the reader', () => {
  test.beforeEach(async ({ page }) => {
    await withoutBrowserVoices(page);
  });

  test('the listen button speaks the current sentence in the server voice, marked while it plays; p stops it', async ({ page }) => {
    // axe over the whole passage takes most of a minute on a busy machine.
    test.setTimeout(120_000);
    await openReader(page);
    await expect(page.locator('[data-listen-voice]')).toContainText('Server voice: eSpeak NG (Hindi)');
    const firstHindi = page.locator('.pair').first().locator('[data-side="hi"]').first();
    const listen = page.locator('button.sentence-tool[data-tool="listen"]');
    const response = speechResponse(page);
    await listen.click();
    const audio = await response;
    expect(audio.status()).toBe(200);
    expect(audio.headers()['content-type']).toMatch(/^audio\//);
    // The page reads the body as a blob, out of Playwright's sight: the same address asked again shows it.
    const again = await page.request.get(audio.url());
    expect(again.headers()['content-type']).toBe(audio.headers()['content-type']);
    expect((await again.body()).byteLength).toBeGreaterThan(0);
    await expect(firstHindi).toHaveClass(/\bis-speaking\b/);
    await expect(listen).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.is-speaking')).toHaveCount(1);
    await expectNoSevereAxeViolations(page);
    await page.keyboard.press('p');
    await expect(page.locator('.is-speaking')).toHaveCount(0);
    await expect(listen).toHaveAttribute('aria-pressed', 'false');
  });

  test('p speaks the sentence the reader is on', async ({ page }) => {
    await openReader(page);
    await page.locator('[data-side="hi"]').first().focus();
    await page.keyboard.press('ArrowDown');
    const second = page.locator('.pair').nth(1);
    await expect(second).toHaveClass(/\bis-current\b/);
    await page.keyboard.press('p');
    await expect(second.locator('[data-side="hi"]').first()).toHaveClass(/\bis-speaking\b/);
  });

  test('play from here goes on sentence after sentence, Hindi then English when asked, until Stop', async ({ page }) => {
    await openReader(page);
    await page.getByLabel('Then the English').check();
    await expect(page.locator('[data-listen-voice]')).toContainText('Server voice: eSpeak NG (English)');
    const pairs = page.locator('.pair');
    await page.getByRole('button', { name: 'Play from here' }).click();
    await expect(pairs.nth(0).locator('[data-side="hi"]').first()).toHaveClass(/\bis-speaking\b/);
    const hindiCount = await pairs.nth(0).locator('[data-side="hi"]').count();
    for (let part = 1; part < hindiCount; part += 1) {
      await page.evaluate(() => window.endSentenceAudio());
      await expect(pairs.nth(0).locator('[data-side="hi"]').nth(part)).toHaveClass(/\bis-speaking\b/);
    }
    const englishResponse = speechResponse(page);
    await page.evaluate(() => window.endSentenceAudio());
    expect(new URL((await englishResponse).url()).searchParams.get('side')).toBe('en');
    await expect(pairs.nth(0).locator('[data-side="en"]').first()).toHaveClass(/\bis-speaking\b/);
    const englishCount = await pairs.nth(0).locator('[data-side="en"]').count();
    for (let part = 1; part < englishCount; part += 1) {
      await page.evaluate(() => window.endSentenceAudio());
      await expect(pairs.nth(0).locator('[data-side="en"]').nth(part)).toHaveClass(/\bis-speaking\b/);
    }
    await page.evaluate(() => window.endSentenceAudio());
    await expect(pairs.nth(1).locator('[data-side="hi"]').first()).toHaveClass(/\bis-speaking\b/);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.locator('.is-speaking')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Play from here' })).toBeVisible();
  });

  test('the speed is remembered across visits', async ({ page }) => {
    await openReader(page);
    const speed = page.getByLabel('Speed');
    await expect(speed).toHaveValue('1');
    await speed.selectOption('0.8');
    await page.reload();
    await expect(page.locator('#term-card')).toBeAttached();
    await expect(page.getByLabel('Speed')).toHaveValue('0.8');
    expect(await page.evaluate(() => localStorage.getItem('sahpath:listen-rate'))).toBe('0.8');
  });

  test('in Hindi the player names its voice in Hindi', async ({ page }) => {
    await openReader(page, readerPath('hi'));
    await expect(page.locator('[data-listen-voice]')).toContainText('सर्वर की आवाज़: eSpeak NG (हिन्दी)');
    await expect(page.getByLabel('गति')).toBeVisible();
  });

  test('where the server cannot speak, the player says so and the reader still works', async ({ page }) => {
    await page.route('**/api/speech/status', (route) => route.fulfill({ json: { available: false, encoding: 'opus' } }));
    await openReader(page);
    await expect(page.locator('[data-listen-voice]')).toContainText('No Hindi voice: this browser has none, and eSpeak NG is not installed on the server.');
    await page.locator('button.sentence-tool[data-tool="listen"]').click();
    await expect(page.locator('.is-speaking')).toHaveCount(0);
    await page.locator('[data-side="hi"]').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.pair').nth(1)).toHaveClass(/\bis-current\b/);
  });

  test('a refusal from the server is shown in the player', async ({ page }) => {
    await page.route('**/api/speech?*', (route) =>
      route.fulfill({ status: 503, json: { error: 'not-installed', message: 'eSpeak NG is not installed on this server, so it cannot speak.' } }),
    );
    await openReader(page);
    await page.locator('button.sentence-tool[data-tool="listen"]').click();
    await expect(page.locator('[data-listen-voice]')).toContainText('This sentence could not be spoken: eSpeak NG is not installed on this server');
    await expect(page.locator('.is-speaking')).toHaveCount(0);
  });

  test('past the limit of new sentences, the player says how long to wait', async ({ page }) => {
    await page.route('**/api/speech?*', (route) =>
      route.fulfill({ status: 429, headers: { 'retry-after': '40' }, contentType: 'text/plain', body: 'Too Many Requests' }),
    );
    await openReader(page);
    await page.locator('button.sentence-tool[data-tool="listen"]').click();
    await expect(page.locator('[data-listen-voice]')).toContainText(
      'This sentence could not be spoken: Too many new sentences were asked for from your address; try again in 40 seconds.',
    );
  });
});

test.describe('the speech API', () => {
  const sentenceUrl = (query: Record<string, string>) =>
    `/api/speech?${new URLSearchParams({ source: 'library', ref: seedSlug, link: '1', side: 'hi', part: '0', ...query })}`;

  test('speaks a passage sentence as audio, and the same again from its cache', async ({ request }) => {
    const first = await request.get(sentenceUrl({}));
    expect(first.status()).toBe(200);
    expect(first.headers()['content-type']).toBe('audio/ogg; codecs=opus');
    const body = await first.body();
    expect(body.byteLength).toBeGreaterThan(0);
    const again = await request.get(sentenceUrl({}));
    expect(again.headers().etag).toBe(first.headers().etag);
    expect((await again.body()).equals(body)).toBe(true);
    const held = await request.get(sentenceUrl({}), { headers: { 'if-none-match': first.headers().etag ?? '' } });
    expect(held.status()).toBe(304);
    expect(held.headers().etag).toBe(first.headers().etag);
    expect((await held.body()).byteLength).toBe(0);
  });

  test('refuses what is no sentence of a passage, with a message in the asked language', async ({ request }) => {
    const missing = await request.get(sentenceUrl({ part: '99', lng: 'en' }));
    expect(missing.status()).toBe(404);
    expect(((await missing.json()) as { message: string }).message).toContain('no such sentence');
    const invalid = await request.get(`/api/speech?text=${encodeURIComponent('anything at all')}&lng=hi`);
    expect(invalid.status()).toBe(400);
    expect(((await invalid.json()) as { message: string }).message).toContain('किसी पाठ का एक वाक्य');
    const otherTeacher = await request.get(sentenceUrl({ source: 'teacher', ref: 'not-a-passage' }));
    expect(otherTeacher.status()).toBe(404);
  });
});
