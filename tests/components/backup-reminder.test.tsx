import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_STATE, useHelixStore } from '../../src/store/helix-store';
import { BackupReminder } from '../../src/ui/BackupReminder';

const DAY = 24 * 60 * 60 * 1000;
const renderReminder = () => render(<RouterProvider router={createMemoryRouter([{ path: '/', element: <BackupReminder /> }])} />);

describe('Backup reminder', () => {
  beforeEach(() => useHelixStore.setState(INITIAL_STATE));

  it('stays away while nothing is done', () => {
    renderReminder();
    expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).toBeNull();
  });

  it('asks for a backup once there is progress and none was ever exported, and links to Settings', () => {
    useHelixStore.getState().setDone(['legacy-s03e01'], true);
    renderReminder();
    const reminder = screen.getByRole('complementary', { name: 'Backup reminder' });
    expect(screen.getByRole('link', { name: 'Export a backup' })).toHaveAttribute('href', '/settings');
    expect(reminder).toHaveTextContent('only in this browser');
  });

  it('stays away while a backup newer than seven days exists', () => {
    useHelixStore.getState().setDone(['legacy-s03e01'], true);
    useHelixStore.getState().updateSettings({ lastBackupAt: Date.now() - 2 * DAY });
    renderReminder();
    expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).toBeNull();
  });

  it('goes away for this visit with "Not now"', async () => {
    useHelixStore.getState().setDone(['legacy-s03e01'], true);
    const { unmount } = renderReminder();
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).toBeNull();
    unmount();
    renderReminder();
    expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).toBeNull();
  });
});
