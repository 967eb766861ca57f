import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INITIAL_STATE, useHelixStore } from '../../src/store/helix-store';
import { startPersistenceGuard, usePersistence } from '../../src/store/persistence-guard';

let stop: () => void = () => {};

function fakeStorage(persisted: boolean, grant: boolean) {
  const persist = vi.fn(() => Promise.resolve(grant));
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { storage: { persisted: () => Promise.resolve(persisted), persist } }));
  return persist;
}

beforeEach(() => {
  useHelixStore.setState({ ...INITIAL_STATE });
  usePersistence.setState({ status: 'unknown', asked: false });
});

afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

describe('persistence guard', () => {
  it('asks for persistent storage after the first check-off, once', async () => {
    const persist = fakeStorage(false, true);
    stop = startPersistenceGuard();
    await vi.waitFor(() => expect(usePersistence.getState().status).toBe('not-granted'));
    useHelixStore.getState().updateSettings({ hideDone: true });
    expect(persist).not.toHaveBeenCalled();
    useHelixStore.getState().setDone(['legacy-s03e01'], true);
    await vi.waitFor(() => expect(usePersistence.getState().status).toBe('granted'));
    useHelixStore.getState().setDone(['legacy-s03e02'], true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask when the browser already keeps the data', async () => {
    const persist = fakeStorage(true, true);
    stop = startPersistenceGuard();
    await vi.waitFor(() => expect(usePersistence.getState().status).toBe('granted'));
    useHelixStore.getState().setDone(['legacy-s03e01'], true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('reports a refusal so Settings can show it', async () => {
    fakeStorage(false, false);
    stop = startPersistenceGuard();
    await vi.waitFor(() => expect(usePersistence.getState().status).toBe('not-granted'));
    useHelixStore.getState().setDone(['legacy-s03e01'], true);
    await vi.waitFor(() => expect(usePersistence.getState().asked).toBe(true));
    expect(usePersistence.getState().status).toBe('not-granted');
  });
});
