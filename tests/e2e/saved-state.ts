import type { Page } from 'playwright-core';

export type SavedMarks = Record<string, { done: boolean; at: number }>;

/**
 * Every progress mark the page has saved: the main record (`helix:state`, where versions 1 and 2 keep
 * progress) together with the version 3 shards (`helix:progress:NN`).
 */
export function savedMarks(page: Page): Promise<SavedMarks> {
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
