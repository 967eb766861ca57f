import { describe, expect, it } from 'vitest';
import { lastActivityAt } from '../../../src/domain/plan/plan-activity';
import { chapters, episode } from '../schedule/fixtures';
import { ProgressMap } from '../../../src/domain/progress/progress-map';

const entries = [episode('bosch', 1, 1), chapters('desert-star', 1, 2, 20)];

describe('lastActivityAt', () => {
  it('is the latest mark on any of the plan’s items, undone marks included', () => {
    const progress = ProgressMap.fromRecord({
      'bosch-s01e01': { done: true, at: 500 },
      'desert-star#ch2': { done: false, at: 900 },
      'ballard-s01e01': { done: true, at: 5_000 },
    });
    expect(lastActivityAt(entries, progress, 100)).toBe(900);
  });

  it('counts a whole novel marked read, and falls back to the plan’s own last change', () => {
    expect(lastActivityAt(entries, ProgressMap.fromRecord({ 'desert-star': { done: true, at: 700 } }), 100)).toBe(700);
    expect(lastActivityAt(entries, ProgressMap.EMPTY, 100)).toBe(100);
    expect(lastActivityAt(entries, ProgressMap.fromRecord({ 'bosch-s01e01': { done: true, at: 50 } }), 100)).toBe(100);
  });
});
