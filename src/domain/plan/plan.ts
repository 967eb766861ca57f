import type { OrderSpec } from '../order/types';

/** Minutes available per weekday, Monday first (index 0 = Monday … 6 = Sunday). */
export type WeekMinutes = readonly [number, number, number, number, number, number, number];

/** The longest plan name, in characters. */
export const PLAN_NAME_MAX = 80;

export interface Pace {
  minutesPerWeekday: WeekMinutes;
  /** Reading speed; default 40. */
  pagesPerHour: number;
  /** May a reading block run over several days, cut at chapter boundaries? Absent means yes. Episodes are never split. */
  splitReading?: boolean;
}

export interface Plan {
  id: string;
  name: string;
  packId: string;
  /** The pack's dataVersion when the plan was made or last opened. */
  dataVersion: string;
  spec: OrderSpec;
  pace: Pace;
  /** Calendar date YYYY-MM-DD in the user's time zone. */
  startDate: string;
  createdAt: number;
  updatedAt: number;
}

export const DEFAULT_PACE: Pace = {
  minutesPerWeekday: [60, 60, 60, 60, 60, 120, 120],
  pagesPerHour: 40,
};
