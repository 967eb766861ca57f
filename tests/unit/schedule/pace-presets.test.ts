import { describe, expect, it } from 'vitest';
import { DEFAULT_PACE } from '../../../src/domain/plan/plan';
import { PACE_PRESETS, pacePresetOf } from '../../../src/domain/schedule/pace-presets';

describe('pace presets', () => {
  it('offers an episode a night, a weekend binge and an hour a day', () => {
    expect(PACE_PRESETS.map((preset) => [preset.id, preset.label, preset.pace.minutesPerWeekday])).toEqual([
      ['episode-a-night', 'An episode a night', [50, 50, 50, 50, 50, 50, 50]],
      ['weekend-binge', 'Weekend binge', [0, 0, 0, 0, 0, 300, 300]],
      ['hour-a-day', 'An hour a day', [60, 60, 60, 60, 60, 60, 60]],
    ]);
  });

  it('recognises a pace that matches a preset, whatever its reading speed', () => {
    expect(pacePresetOf({ minutesPerWeekday: [0, 0, 0, 0, 0, 300, 300], pagesPerHour: 25 })?.id).toBe('weekend-binge');
    expect(pacePresetOf(DEFAULT_PACE)).toBeUndefined();
  });
});
