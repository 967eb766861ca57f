import type { SharePayload } from '../../../src/domain/share/share-types';

/** Payloads frozen together with their v1 codes in golden.test.ts. Written out in full on purpose. */
export const GOLDEN_PAYLOADS: Record<string, SharePayload> = {
  doubleHelix: {
    packId: 'connelly',
    dataVersion: '2026-11-26',
    name: 'The Double Helix',
    spec: { include: ['ballard-s01', 'desert-star', 'legacy-s03'], strategy: 'helix', readingGranularity: 'segment' },
    pace: { minutesPerWeekday: [60, 60, 60, 60, 60, 120, 120], pagesPerHour: 40 },
    startDate: '2026-01-05',
  },
  everyFeature: {
    packId: 'connelly',
    dataVersion: '2026-11',
    name: 'Haller & Bosch — «weekends» 🕵️',
    spec: {
      include: ['bosch', 'lincoln-s01e03', 'lincoln-s01e04', 'the-brass-verdict', 'the-drop', 'zz-new-novel'],
      strategy: 'series',
      seriesOrder: ['haller', 'bosch', 'lincoln', 'zz-new-series'],
      readingGranularity: { pages: 60 },
      pagesPerHour: 35,
    },
    pace: { minutesPerWeekday: [0, 45, 45, 0, 30, 240, 180], pagesPerHour: 35 },
    startDate: '2027-02-28',
    progress: [
      'bosch-s01e01',
      'bosch-s01e02',
      'bosch-s01e03',
      'bosch-s02e05',
      'the-black-ice#p1-48',
      'the-black-ice#p97-144',
      'the-black-ice#p289-336',
      'the-drop#ch1',
      'the-drop#ch2',
      'the-drop#ch40',
      'the-poet',
      'the-poet#p10-20',
      'the-poet#p15-30',
      'zz-new-novel#ch7',
    ],
  },
  manyNewIds: {
    packId: 'connelly',
    dataVersion: '2031',
    name: 'Later data',
    spec: {
      include: ['future-novel-one', 'future-novel-three', 'future-novel-two', 'future-show-s01', 'future-show-s02'],
      strategy: 'release',
      readingGranularity: 'book',
    },
    pace: { minutesPerWeekday: [60, 60, 60, 60, 60, 120, 120], pagesPerHour: 40 },
    startDate: '2031-06-01',
    progress: ['future-novel-one#ch1', 'future-novel-three', 'future-novel-two#ch2', 'future-show-s01e01'],
  },
};
