/** How many items past your position (the first one not done) keep their titles with spoiler safety on. */
export const SPOILER_WINDOW = 3;

/**
 * Whether the item at `position` in a plan's order lies past the spoiler window, so its title and reason stay
 * hidden. One rule for the plan list, the schedule and the Helix picture.
 */
export function isPastSpoilerWindow(position: number, firstUndone: number): boolean {
  return position > firstUndone + SPOILER_WINDOW;
}
