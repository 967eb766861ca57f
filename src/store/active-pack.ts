/**
 * The id of the pack on screen, for store code that keys plans and progress by pack. The pack gate sets it
 * before it renders a pack's screens, and it stays put while they are shown (switching pack remounts them),
 * so a plain value is enough. Kept apart from the franchise store so the stores do not depend on the parser.
 */
let activePackId: string | null = null;

export function setActivePackId(packId: string | null): void {
  activePackId = packId;
}

/** The id of the pack on screen; null before any pack is ready. */
export function currentPackId(): string | null {
  return activePackId;
}
