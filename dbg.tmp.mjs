import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const port = process.argv[2];
for (let run = 0; run < 4; run++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.addInitScript(() => {
    const log = [];
    window.__log = log;
    const orig = history.replaceState.bind(history);
    history.replaceState = (s, t, u) => { log.push(['replace', String(u).slice(-10), Math.round(scrollY), Math.round(performance.now())]); return orig(s, t, u); };
    addEventListener('scroll', () => log.push(['scroll', Math.round(scrollY), Math.round(performance.now())]), { passive: true });
  });
  await page.goto(`http://127.0.0.1:${port}/en/read/anthropic-safeguards-head-resigns#link-12`);
  const sw = page.locator('[data-testid="switch-hi"]');
  for (let i = 0; i < 100 && !((await sw.getAttribute('href')) ?? '').endsWith('#link-12'); i++) await page.waitForTimeout(50);
  console.log('before', page.url().split('#')[1], JSON.stringify(await page.evaluate(() => window.__log)));
  await sw.click();
  await page.waitForTimeout(4000);
  console.log(run, page.url().split('#')[1], JSON.stringify(await page.evaluate(() => window.__log)).slice(0, 600));
  await ctx.close();
}
await browser.close();
