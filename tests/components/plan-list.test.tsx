import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EditorPage } from '../../src/features/editor/EditorPage';
import { HomePage } from '../../src/features/home/HomePage';
import { PlanPage } from '../../src/features/plan/PlanPage';
import { VIRTUALIZE_ABOVE } from '../../src/features/plan/OrderList';
import { SPOILER_WINDOW } from '../../src/ui/spoiler-window';
import { useHelixStore } from '../../src/store/helix-store';
import { DOUBLE_HELIX, E1, E2, E3, E4, ITEMS, markAs, presetPlan, resetAppState, rowCheckbox, rowName, rowProgress, startDoubleHelix } from './plan-fixtures';
import { renderWithPack } from './render-with-pack';

const routes = [
  { path: '/', element: <HomePage /> },
  { path: '/plan', element: <PlanPage /> },
  { path: '/plan/edit/:planId', element: <EditorPage /> },
];

beforeEach(resetAppState);

const overall = () => screen.getByTestId('overall-progress');
/** Position of the first episode at or after `from` in the Double Helix. */
const firstEpisodeFrom = (from: number) => DOUBLE_HELIX.findIndex((entry, i) => i >= from && entry.kind === 'episode');
const upNext = () => screen.getByRole('region', { name: 'Up next' });

describe('Plan page with the Double Helix preset', () => {
  it('starts the preset from Home, makes it the active plan and lands on the plan', async () => {
    const { router } = await startDoubleHelix(routes);
    expect(router.state.location.pathname).toBe('/plan');
    expect(screen.getByRole('heading', { level: 1, name: 'The Double Helix' })).toBeInTheDocument();
    const { plans, activePlanId } = useHelixStore.getState();
    expect(plans).toHaveLength(1);
    expect(activePlanId).toBe(plans[0]?.id);
    expect(overall()).toHaveTextContent(`0 of ${ITEMS} items done`);
    expect(within(upNext()).getByText(rowName(0))).toBeInTheDocument();
  });

  it('checks off three items: the progress text counts them and Up next moves past them', async () => {
    const { user } = await startDoubleHelix(routes);
    for (const name of [E1, E2, E3]) await user.click(screen.getByRole('checkbox', { name }));
    for (const name of [E1, E2, E3]) expect(screen.getByRole('checkbox', { name })).toBeChecked();
    expect(overall()).toHaveTextContent(`3 of ${ITEMS} items done`);
    expect(within(upNext()).getByText(rowName(3))).toBeInTheDocument();
    expect(within(upNext()).getByText(`Item 4 of ${ITEMS}`, { exact: false })).toBeInTheDocument();
    for (const id of rowProgress(1)) expect(useHelixStore.getState().progress.get(id)?.done).toBe(true);
  });

  it('unchecking an item puts it back as Up next', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    expect(within(upNext()).getByText(rowName(1))).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    expect(within(upNext()).getByText(rowName(0))).toBeInTheDocument();
    expect(overall()).toHaveTextContent(`0 of ${ITEMS} items done`);
  });

  it('marks an item from the Up next card', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(within(upNext()).getByRole('button', { name: markAs(0) }));
    expect(screen.getByRole('checkbox', { name: E1 })).toBeChecked();
    expect(overall()).toHaveTextContent(`1 of ${ITEMS} items done`);
  });

  it('"done up to here" marks every item up to and including that one', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('button', { name: `Done up to here: ${rowName(2)}` }));
    for (const name of [E1, E2, E3]) expect(screen.getByRole('checkbox', { name })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: E4 })).not.toBeChecked();
    expect(overall()).toHaveTextContent(`3 of ${ITEMS} items done`);
  });

  it('keeps keyboard focus on the row when "done up to here" or "reveal" removes its own button', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('button', { name: `Done up to here: ${rowName(2)}` }));
    expect(screen.getByRole('checkbox', { name: E3 })).toHaveFocus();
    const [reveal] = screen.getAllByRole('button', { name: /^Reveal (title|plot): / });
    if (!reveal) throw new Error('no hidden row');
    await user.click(reveal);
    expect(document.activeElement).toHaveAttribute('type', 'checkbox');
    expect(document.activeElement?.closest('.row')).not.toBeNull();
  });

  it('hides done items when asked and shows them again', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    await user.click(screen.getByRole('checkbox', { name: E2 }));
    await user.click(screen.getByRole('checkbox', { name: 'Hide done items' }));
    const list = screen.getByRole('list', { name: 'Viewing and reading order' });
    expect(within(list).queryByRole('checkbox', { name: E1 })).not.toBeInTheDocument();
    expect(within(list).queryByRole('checkbox', { name: E2 })).not.toBeInTheDocument();
    expect(within(list).getAllByRole('checkbox')).toHaveLength(ITEMS - 2);
    expect(useHelixStore.getState().settings.hideDone).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Hide done items' }));
    expect(screen.getByRole('checkbox', { name: E1 })).toBeChecked();
  });

  it('says when everything is done and done items are hidden', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('checkbox', { name: 'Hide done items' }));
    await user.click(screen.getByRole('button', { name: /^Done up to here: Ballard S1E10/ }));
    expect(screen.getByText('Everything in this plan is done.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'All done' })).toBeInTheDocument();
  });

  it('hides titles past the spoiler window and reveals one on request', async () => {
    const { user } = await startDoubleHelix(routes);
    // positions 0 … SPOILER_WINDOW past the first undone item show titles; the episodes after them do not
    expect(SPOILER_WINDOW).toBe(3);
    expect(screen.getByRole('checkbox', { name: E4 })).toBeInTheDocument();
    const far = firstEpisodeFrom(SPOILER_WINDOW + 1);
    const title = DOUBLE_HELIX[far]?.title ?? '';
    expect(screen.getByRole('checkbox', { name: rowCheckbox(far, true) })).toBeInTheDocument();
    expect(screen.queryByText(title, { exact: false })).not.toBeInTheDocument();
    expect(screen.queryByText(/Library of Lost Souls/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Reveal title: ${rowName(far).replace(/ ‘.*’$/, '')}` }));
    expect(screen.getByRole('checkbox', { name: rowCheckbox(far) })).toBeInTheDocument();
    const next = firstEpisodeFrom(far + 1);
    expect(screen.getByRole('checkbox', { name: rowCheckbox(next, true) })).toBeInTheDocument();
  });

  it('shows the reason of a far row without its plot words, so the order still explains itself', async () => {
    await startDoubleHelix(routes);
    const far = DOUBLE_HELIX.findIndex((entry, i) => i > SPOILER_WINDOW && entry.kind === 'reading' && entry.reason !== entry.safeReason);
    const entry = DOUBLE_HELIX[far];
    const reason = document.getElementById(`reason-${far}`);
    expect(reason?.textContent).toBe(entry?.safeReason);
    expect(reason?.textContent).toMatch(/^Paced alongside Bosch: Legacy S3E\d+; Desert Star is spread over both seasons in chapter order$/);
    expect(screen.getByRole('checkbox', { name: rowCheckbox(far, true) })).toHaveAccessibleDescription(entry?.safeReason ?? '');
  });

  it('offers a far book row “Reveal plot”, named by those words, which shows the plot words of its reason', async () => {
    const { user } = await startDoubleHelix(routes);
    const far = DOUBLE_HELIX.findIndex((entry, i) => i > SPOILER_WINDOW && entry.kind === 'reading' && entry.reason !== entry.safeReason);
    const entry = DOUBLE_HELIX[far]!;
    // a book's chapters keep their title: the button says what it really reveals
    const button = screen.getByRole('button', { name: `Reveal plot: ${entry.title}` });
    expect(button.textContent).toBe('Reveal plot');
    expect(screen.queryByRole('button', { name: new RegExp(`^Reveal title: ${entry.title}`) })).toBeNull();
    await user.click(button);
    expect(document.getElementById(`reason-${far}`)?.textContent).toBe(entry.reason);
  });

  it('offers no reveal on a far row that hides nothing (an episode known only by its number, with no plot words)', async () => {
    await startDoubleHelix(routes);
    const far = DOUBLE_HELIX.findIndex((entry, i) => i > SPOILER_WINDOW && entry.kind === 'episode' && /^Episode \d+$/.test(entry.title) && entry.reason === entry.safeReason);
    expect(far).toBeGreaterThan(SPOILER_WINDOW);
    const row = screen.getByRole('checkbox', { name: rowCheckbox(far, true) }).closest('.row') as HTMLElement;
    expect(within(row).queryAllByRole('button', { hidden: true }).map((button) => button.textContent)).toEqual(['Done up to here']);
  });

  it('moves the spoiler window along as items are checked off', async () => {
    const { user } = await startDoubleHelix(routes);
    const far = firstEpisodeFrom(SPOILER_WINDOW + 1);
    // Checking off the first row moves the window one row on, over the first hidden episode.
    expect(far).toBe(SPOILER_WINDOW + 1);
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    expect(screen.getByRole('checkbox', { name: rowCheckbox(far) })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: rowCheckbox(firstEpisodeFrom(far + 1), true) })).toBeInTheDocument();
  });

  it('shows every title when spoiler safety is turned off', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('checkbox', { name: 'Spoiler safety' }));
    expect(screen.getByRole('checkbox', { name: 'Mark Ballard S1E1 ‘Library of Lost Souls’ as watched' })).toBeInTheDocument();
    expect(screen.queryAllByRole('button', { name: /^Reveal / })).toEqual([]);
  });

  it('moves focus with j and k and toggles with x and space', async () => {
    const { user } = await startDoubleHelix(routes);
    const first = screen.getByRole('checkbox', { name: E1 });
    first.focus();
    await user.keyboard('j');
    expect(screen.getByRole('checkbox', { name: E2 })).toHaveFocus();
    await user.keyboard('j');
    expect(screen.getByRole('checkbox', { name: E3 })).toHaveFocus();
    await user.keyboard('k');
    expect(screen.getByRole('checkbox', { name: E2 })).toHaveFocus();
    await user.keyboard('x');
    expect(screen.getByRole('checkbox', { name: E2 })).toBeChecked();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: E2 })).not.toBeChecked();
    await user.keyboard('k');
    expect(first).toHaveFocus();
    await user.keyboard('k');
    expect(first).toHaveFocus();
    await user.keyboard(' ');
    expect(first).toBeChecked();
    expect(overall()).toHaveTextContent(`1 of ${ITEMS} items done`);
  });

  it('keeps keyboard focus in the list after x hides a row with "Hide done items" on', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('checkbox', { name: 'Hide done items' }));
    screen.getByRole('checkbox', { name: E1 }).focus();
    await user.keyboard('x');
    expect(screen.queryByRole('checkbox', { name: E1 })).toBeNull();
    expect(screen.getByRole('checkbox', { name: E2 })).toHaveFocus();
  });

  it('jumps to the next unwatched item and focuses it', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    await user.click(screen.getByRole('button', { name: 'Jump to next unwatched' }));
    expect(screen.getByRole('checkbox', { name: E2 })).toHaveFocus();
  });

  it('explains that there is no plan yet when none is active', () => {
    renderWithPack(routes, '/plan');
    expect(screen.getByRole('heading', { level: 1, name: 'No plan yet' })).toBeInTheDocument();
  });

  it('puts only a window of rows in the page for a plan longer than the virtualisation limit', async () => {
    const user = userEvent.setup();
    renderWithPack(routes, '/');
    await user.click(screen.getByRole('button', { name: 'Start “Everything by release date”' }));
    const total = Number(/of ([\d,]+) items/.exec(overall().textContent ?? '')?.[1]?.replace(',', ''));
    expect(total).toBeGreaterThan(VIRTUALIZE_ABOVE);
    const list = screen.getByRole('list', { name: 'Viewing and reading order' });
    const rows = within(list).queryAllByRole('checkbox');
    expect(rows.length).toBeGreaterThan(0);
    // jsdom measures every row as 0 px high, so the window is wider than in a browser, but still partial
    expect(rows.length).toBeLessThan(total);
  });
});

describe('Plan page with the Lincoln Lawyer track, the 2011 film included', () => {
  it('shows the film as its own Film row right after the novel, with its runtime, and checks it off as watched', async () => {
    const plan = presetPlan('lincoln', 'lincoln-plan');
    useHelixStore.setState({ plans: [plan], activePlanId: plan.id });
    const user = userEvent.setup();
    renderWithPack(routes, '/plan');
    const checkbox = await screen.findByRole('checkbox', { name: 'Mark The Lincoln Lawyer (film) as watched' });
    const row = checkbox.closest('.row') as HTMLElement;
    expect(row).toHaveAttribute('data-kind', 'film');
    expect(within(row).getByText('Film')).toHaveClass('kind--film');
    expect(row).toHaveTextContent('Watched right after The Lincoln Lawyer, the novel it adapts');
    expect(row).toHaveTextContent('1 h 59 min');
    expect(row.querySelector('.row__num')).toHaveTextContent('2');
    await user.click(checkbox);
    expect(useHelixStore.getState().progress.isDone('film-the-lincoln-lawyer')).toBe(true);
    expect(useHelixStore.getState().progress.isDone('the-lincoln-lawyer')).toBe(false);
  });
});
