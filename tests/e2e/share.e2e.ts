import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { savedDoneIds, savesWritten } from './saved-state';
import { describe, expect, it } from 'vitest';
import { appUrl, baseURL, newContext, startDoubleHelix, trackErrors, sharedBrowser } from './browser';
import { rowCheckbox, rowProgress } from './double-helix-rows';

const browser = sharedBrowser();

// The first three rows are one chapter or one episode each: three progress marks.
const A_DONE = [rowCheckbox(0), rowCheckbox(1), rowCheckbox(2)];
const A_MARKS = [...rowProgress(0), ...rowProgress(1), ...rowProgress(2)];
const B_DONE = rowCheckbox(3);

/** Every localStorage key and value, exactly as stored. */
const snapshot = async (page: Page) => {
  await savesWritten(page);
  return page.evaluate(() => JSON.stringify(Object.keys(localStorage).sort().map((key) => [key, localStorage.getItem(key)])));
};

const doneIds = (page: Page) => savedDoneIds(page);

const planNames = async (page: Page) => {
  await savesWritten(page);
  return page.evaluate(() => (JSON.parse(localStorage.getItem('helix:state') ?? '{}') as { state: { plans: { name: string }[] } }).state.plans.map((plan) => plan.name));
};

describe('sharing a plan between two people in Chromium', () => {
  it('A shares a plan with progress; B previews it, merges, keeps their own progress, and a tampered link changes nothing', async () => {
    const contextA = await newContext(browser());
    await contextA.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL()).origin });
    const a = await contextA.newPage();
    const errorsA = trackErrors(a);
    await startDoubleHelix(a);
    for (const name of A_DONE) await a.getByRole('checkbox', { name }).check();

    await a.getByRole('button', { name: 'Share' }).click();
    const dialog = a.getByRole('dialog', { name: 'Share “The Double Helix”' });
    await dialog.waitFor();
    await dialog.getByRole('checkbox', { name: 'Include my progress (3 items done in this plan)' }).check();
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Link copied');
    const link = await a.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await dialog.getByRole('textbox', { name: 'Link' }).inputValue());
    expect(link.startsWith(`${baseURL()}#/s/1.`)).toBe(true);
    expect(link.length).toBeLessThan(200);

    // the QR code is drawn from a chunk loaded on demand, and the dialog passes axe
    await dialog.getByRole('button', { name: 'Show QR code' }).click();
    await dialog.getByRole('img', { name: 'QR code of the link to “The Double Helix”' }).waitFor();
    const axe = await new AxeBuilder({ page: a }).include('dialog').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await a.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await a.evaluate(() => document.activeElement?.textContent)).toBe('Share');

    // B already has progress of their own
    const contextB = await newContext(browser(), 'mobile');
    const b = await contextB.newPage();
    const errorsB = trackErrors(b);
    await startDoubleHelix(b);
    await b.getByRole('checkbox', { name: B_DONE }).check();
    expect(await doneIds(b)).toEqual([...rowProgress(3)].sort());

    // a tampered link: a clear message, a way home, and B's storage byte-for-byte unchanged
    const before = await snapshot(b);
    const code = link.slice(link.indexOf('#/s/') + 4);
    const body = code.split('.')[1] ?? '';
    const tampered = code.replace(body, body.slice(0, 5) + (body[5] === 'A' ? 'B' : 'A') + body.slice(6));
    await b.goto(appUrl(`/s/${tampered}`));
    await b.getByRole('alert').filter({ hasText: 'changed or damaged' }).waitFor();
    await b.getByRole('link', { name: 'Back to Home' }).waitFor();
    await b.reload();
    await b.getByRole('alert').filter({ hasText: 'changed or damaged' }).waitFor();
    expect(await snapshot(b)).toBe(before);

    // a cut-off link says so
    await b.goto(appUrl(`/s/${code.slice(0, -3)}`));
    await b.getByRole('alert').filter({ hasText: 'incomplete' }).waitFor();
    expect(await snapshot(b)).toBe(before);

    // the real link: a preview, and nothing saved until B chooses
    await b.goto(link);
    await b.getByRole('heading', { level: 1, name: 'The Double Helix' }).waitFor();
    expect(await b.getByTestId('share-progress').textContent()).toMatch(/^3 of \d+ items done by the sender \(3 marks; 3 new for you\)/);
    expect(await snapshot(b)).toBe(before);
    // B follows the same plan: the merge goes into it, and the button says so
    await b.getByRole('button', { name: 'Merge progress into “The Double Helix”' }).click();
    await b.getByRole('status').filter({ hasText: 'Added 3 done marks to your progress in “The Double Helix”' }).waitFor();
    expect(A_MARKS).toHaveLength(3);
    expect(await doneIds(b)).toEqual([...A_MARKS, ...rowProgress(3)].sort());

    await b.getByRole('link', { name: 'Go to “The Double Helix”' }).click();
    await expect.poll(() => b.getByTestId('overall-progress').textContent()).toMatch(/^4 of \d+ items done/);
    expect(errorsA).toEqual([]);
    expect(errorsB).toEqual([]);
    await contextA.close();
    await contextB.close();
  });

  it('opens a shared plan as a new plan beside the ones B already has', async () => {
    const contextA = await newContext(browser());
    const a = await contextA.newPage();
    await startDoubleHelix(a);
    await a.getByRole('checkbox', { name: A_DONE[0] }).check();
    await a.getByRole('button', { name: 'Share' }).click();
    const link = await a.getByRole('dialog').getByRole('textbox', { name: 'Link' }).inputValue();

    const contextB = await newContext(browser());
    const b = await contextB.newPage();
    await startDoubleHelix(b);
    await b.goto(link);
    await b.getByTestId('share-progress').filter({ hasText: 'Not included' }).waitFor();
    expect(await b.getByRole('button', { name: /Merge/ }).count()).toBe(0);
    await b.getByRole('button', { name: 'Open as a new plan, “The Double Helix (2)”' }).click();
    await b.getByRole('heading', { level: 1, name: 'The Double Helix (2)' }).waitFor();
    expect(await planNames(b)).toEqual(['The Double Helix', 'The Double Helix (2)']);
    await contextA.close();
    await contextB.close();
  });

  it('in a browser with no saved data, merging a link’s progress leaves B on the shared plan with those marks', async () => {
    const contextA = await newContext(browser());
    const a = await contextA.newPage();
    await startDoubleHelix(a);
    for (const name of A_DONE) await a.getByRole('checkbox', { name }).check();
    await a.getByRole('button', { name: 'Share' }).click();
    const dialog = a.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: /^Include my progress/ }).check();
    const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();

    const contextB = await newContext(browser(), 'mobile');
    const b = await contextB.newPage();
    const errors = trackErrors(b);
    await b.goto(link);
    await b.getByRole('heading', { level: 1, name: 'The Double Helix' }).waitFor();
    // the page says what merging does for someone with no plan: there is no merge into nothing
    await b.getByText(/You have no plan yet: opening this one makes it yours, with the sender’s 3 done marks/).waitFor();
    await b.getByRole('button', { name: 'Open as a new plan and merge its progress' }).click();
    await expect.poll(() => b.getByTestId('overall-progress').textContent()).toMatch(/^3 of \d+ items done/);
    await b.getByRole('heading', { level: 1, name: 'The Double Helix' }).waitFor();
    for (const name of A_DONE) expect(await b.getByRole('checkbox', { name }).isChecked()).toBe(true);
    expect(await planNames(b)).toEqual(['The Double Helix']);
    expect(await doneIds(b)).toEqual([...A_MARKS].sort());
    // and it is still there after a reload
    await b.reload();
    await expect.poll(() => b.getByTestId('overall-progress').textContent()).toMatch(/^3 of \d+ items done/);
    expect(errors).toEqual([]);
    await contextA.close();
    await contextB.close();
  });
});
