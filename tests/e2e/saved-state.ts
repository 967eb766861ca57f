import type { Page } from 'playwright-core';

export type SavedMarks = Record<string, { done: boolean; at: number }>;

/**
 * Waits until the page's changes so far are in storage: Helix writes a change once the page is idle (or at once
 * when it is hidden or closed), and idle callbacks run in the order they were asked for.
 */
export function savesWritten(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 2000 })));
}

/**
 * Every progress mark the page has saved: the main record (`helix:state`, where versions 1 and 2 keep
 * progress) together with the version 3 shards (`helix:progress:NN`).
 */
export async function savedMarks(page: Page): Promise<SavedMarks> {
  await savesWritten(page);
  return page.evaluate(() => {
    const marks: Record<string, { done: boolean; at: number }> = {};
    const main = JSON.parse(localStorage.getItem('helix:state') ?? '{}') as { state?: { progress?: Record<string, { done: boolean; at: number }> } };
    Object.assign(marks, main.state?.progress);
    for (const key of Object.keys(localStorage).filter((k) => k.startsWith('helix:progress:'))) {
      Object.assign(marks, (JSON.parse(localStorage.getItem(key) ?? '{}') as { marks?: Record<string, { done: boolean; at: number }> }).marks);
    }
    return marks;
  });
}

/** The ids the page has saved as done, sorted. */
export async function savedDoneIds(page: Page): Promise<string[]> {
  const marks = await savedMarks(page);
  return Object.keys(marks)
    .filter((id) => marks[id]?.done)
    .sort();
}
