import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeShare } from '../../src/domain/share/share-codec';
import { PlanPage } from '../../src/features/plan/PlanPage';
import { INITIAL_STATE, useHelixStore } from '../../src/store/helix-store';
import { renderWithPack } from './render-with-pack';
import { context, doubleHelixPlan, packJson } from './share-helpers';
import { ProgressMap } from '../../src/domain/progress/progress-map';

const plan = doubleHelixPlan();
const routes = [{ path: '/plan', element: <PlanPage /> }];

beforeEach(() => {
  useHelixStore.setState({ ...INITIAL_STATE, plans: [plan], activePlanId: plan.id });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openDialog() {
  const user = userEvent.setup();
  renderWithPack(routes, '/plan', packJson);
  await user.click(screen.getByRole('button', { name: 'Share' }));
  const dialog = await screen.findByRole('dialog', { name: 'Share “The Double Helix”' });
  return { user, dialog };
}

const linkOf = (dialog: HTMLElement) => (within(dialog).getByRole('textbox', { name: 'Link' }) as HTMLInputElement).value;

describe('share dialog', () => {
  it('shows a link that decodes back to the plan, without progress by default', async () => {
    const { dialog } = await openDialog();
    const link = linkOf(dialog);
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/#\/s\/1\.[rz]/);
    const decoded = decodeShare(link, context);
    expect(decoded.ok && decoded.payload.name).toBe('The Double Helix');
    expect(decoded.ok && decoded.payload.progress).toBeUndefined();
    expect(within(dialog).getByRole('checkbox', { name: /Include my progress/ })).toBeDisabled();
    expect(within(dialog).getByTestId('share-length')).toHaveTextContent(`${link.length} characters`);
  });

  it('includes only the progress that belongs to this plan when asked to', async () => {
    useHelixStore.setState({
      progress: ProgressMap.fromRecord({ 'legacy-s03e01': { done: true, at: 1 }, 'legacy-s03e02': { done: false, at: 2 }, 'not-in-this-plan': { done: true, at: 3 } }),
    });
    const { user, dialog } = await openDialog();
    const box = within(dialog).getByRole('checkbox', { name: 'Include my progress (1 item done in this plan)' });
    const before = linkOf(dialog);
    await user.click(box);
    const after = linkOf(dialog);
    expect(after).not.toBe(before);
    const decoded = decodeShare(after, context);
    expect(decoded.ok && decoded.payload.progress).toEqual(['legacy-s03e01']);
  });

  it('copies the link and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const { user, dialog } = await openDialog();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(linkOf(dialog));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Link copied to the clipboard');
  });

  it('tells the user to copy by hand when the clipboard refuses', async () => {
    const { user, dialog } = await openDialog();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Could not copy automatically');
  });

  it('offers the Web Share API only where the browser has it', async () => {
    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { share }));
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith(expect.objectContaining({ url: linkOf(dialog) }));
  });

  it('hides the Web Share button where the browser lacks it', async () => {
    const { dialog } = await openDialog();
    expect(within(dialog).queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument();
  });

  it('draws the QR code on request', async () => {
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Show QR code' }));
    const qr = await within(dialog).findByRole('img', { name: 'QR code of the link to “The Double Helix”' });
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
  });
});
