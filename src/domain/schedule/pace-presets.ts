import type { Pace, WeekMinutes } from '../plan/plan';

export type PacePresetId = 'episode-a-night' | 'weekend-binge' | 'hour-a-day';

export interface PacePreset {
  id: PacePresetId;
  label: string;
  pace: Pace;
}

const READING_SPEED = 40; // pages per hour, the app-wide default

const everyDay = (minutes: number): WeekMinutes => [minutes, minutes, minutes, minutes, minutes, minutes, minutes];

export const PACE_PRESETS: readonly PacePreset[] = [
  { id: 'episode-a-night', label: 'An episode a night', pace: { minutesPerWeekday: everyDay(50), pagesPerHour: READING_SPEED } },
  { id: 'weekend-binge', label: 'Weekend binge', pace: { minutesPerWeekday: [0, 0, 0, 0, 0, 300, 300], pagesPerHour: READING_SPEED } },
  { id: 'hour-a-day', label: 'An hour a day', pace: { minutesPerWeekday: everyDay(60), pagesPerHour: READING_SPEED } },
];

/** The preset whose weekly minutes equal the pace's (reading speed ignored), if any. */
export function pacePresetOf(pace: Pace): PacePreset | undefined {
  return PACE_PRESETS.find((preset) =>
    preset.pace.minutesPerWeekday.every((minutes, day) => pace.minutesPerWeekday[day] === minutes),
  );
}
