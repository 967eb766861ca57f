import type { CDPSession, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { launchBrowser } from '../tests/e2e/browser';
import { openApp, serveBuild } from './built-app';

/**
 * “Done up to here” on the 150th item of “Everything by release date” (191 items), and its undo (Ctrl+Z), on
 * the plan page in Chromium against the production build, with the CPU slowed 4× (CDP
 * Emulation.setCPUThrottlingRate) as on a slow phone. Prints each as the task's wall-clock time (click or key,
 * handler, one store update, one save, React's commit: to the next task) and as all the main-thread time it
 * causes, style, layout and paint included, medians of RUNS after one warm-up (the first run compiles the code).
 * The budget is under 50 ms each (issue 16), gated on the task's median: 32–33 ms when set, so a loaded 2-core
 * machine, which moves single runs, does not move the median across it.
 * BULK_DIST=<folder> measures another build (e.g. main's, for a before figure).
 */
const RUNS = 9;
const WARM_UP = 1;
const POSITION = 149;
const CPU_SLOWDOWN = 4;
const BUDGET_MS = 50;
const appUrl = serveBuild(process.env.BULK_DIST ?? 'dist');

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((entry) => entry.name === 'TaskDuration')?.value ?? 0;
}

/** Scrolls until the row at `position` is rendered (the list is virtualised) and returns its “Done up to here” button. */
async function uptoButton(page: Page, position: number) {
  for (let y = 0; y < 40; y++) {
    const row = page.locator(`.row:has(input[data-row-index="${String(position)}"])`);
    if ((await row.count()) > 0) {
      await row.scrollIntoViewIfNeeded();
      return row.locator('.row__upto');
    }
    await page.mouse.wheel(0, 1200);
    await page.waitForTimeout(100);
  }
  throw new Error(`row ${String(position)} never rendered`);
}

/** Runs `act` inside the page and times it to the next task: the whole synchronous work it causes. */
async function timedTask(page: Page, act: 'click-upto' | 'undo'): Promise<number> {
  return page.evaluate(async ({ act, position }) => {
    const start = performance.now();
    if (act === 'click-upto') {
      const box = document.querySelector(`input[data-row-index="${String(position)}"]`);
      (box?.closest('.row')?.querySelector('.row__upto') as HTMLElement | null)?.click();
    } else {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    }
    await new Promise<void>((done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(null);
    });
    return performance.now() - start;
  }, { act, position: POSITION });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[sorted.length >> 1] as number;
};

test('“done up to here” over 150 items and its undo, at 4× CPU slowdown', async () => {
  const browser = await launchBrowser();
  try {
    const { context, page } = await openApp(browser, appUrl(), { width: 412, height: 823 });
    await page.getByRole('button', { name: 'Start “Everything by release date”' }).click();
    await page.getByRole('heading', { level: 1, name: 'Everything by release date' }).waitFor();
    await (await uptoButton(page, POSITION)).waitFor();
    const doneBoxes = () => page.evaluate(() => document.querySelectorAll('input[data-row-index]:checked').length);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const figures = { 'click-upto': { task: [] as number[], all: [] as number[] }, undo: { task: [] as number[], all: [] as number[] } };
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      for (const act of ['click-upto', 'undo'] as const) {
        if (run < WARM_UP) {
          await page.waitForTimeout(500);
          await timedTask(page, act);
          continue;
        }
        await page.waitForTimeout(500); // the previous change's idle work (toast, save retries) settles
        const before = await taskSeconds(cdp);
        figures[act].task.push(await timedTask(page, act));
        await page.waitForTimeout(500);
        const during = (await taskSeconds(cdp)) - before;
        const idleStart = await taskSeconds(cdp);
        await page.waitForTimeout(500);
        const idle = (await taskSeconds(cdp)) - idleStart;
        figures[act].all.push(Math.max(0, (during - idle) * 1000));
        // The change happened (and the undo took it all back): the figure times real work.
        if (act === 'click-upto') expect(await doneBoxes()).toBeGreaterThan(0);
        else expect(await doneBoxes()).toBe(0);
      }
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const saved = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('helix:')).length);
    expect(saved).toBeGreaterThan(0);
    const where = process.env.BULK_DIST ? ` [${process.env.BULK_DIST}]` : '';
    const medians: Record<string, number> = {};
    for (const [act, label] of [['click-upto', 'done-up-to-150'], ['undo', 'undo-done-up-to-150']] as const) {
      const task = median(figures[act].task);
      medians[label] = Math.round(task);
      console.log(
        `bulk/${label}: ${task.toFixed(0)} ms task at ${String(CPU_SLOWDOWN)}× CPU (median of ${String(RUNS)}: ${figures[act].task.map((t) => t.toFixed(0)).join(' ')}; budget < ${String(BUDGET_MS)} ms${task < BUDGET_MS ? '' : ', over budget'}); ${median(figures[act].all).toFixed(0)} ms main-thread with style, layout and paint${where}`,
      );
    }
    if (!process.env.BULK_DIST) {
      expect(medians['done-up-to-150']).toBeLessThan(BUDGET_MS);
      expect(medians['undo-done-up-to-150']).toBeLessThan(BUDGET_MS);
    }
  } finally {
    await browser.close();
  }
}, 240_000);
