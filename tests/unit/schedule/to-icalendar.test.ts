import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { OrderEntry } from '../../../src/domain/order/types';
import { buildSchedule } from '../../../src/domain/schedule/build-schedule';
import { toICalendar, type ICalendarOptions } from '../../../src/domain/schedule/ical/to-icalendar';
import type { Schedule } from '../../../src/domain/schedule/types';
import { chapters, doneIds, episode, nothingDone, pace, pages, wholeBook } from './fixtures';

const SHOWS: Record<string, string> = { bosch: 'Bosch', 'bosch-legacy': 'Bosch: Legacy' };
const NOVELS: Record<string, string> = { 'desert-star': 'Desert Star', 'the-black-ice': 'The Black Ice', 'the-poet': 'The Poet' };
const titles = { show: (id: string) => SHOWS[id], novel: (id: string) => NOVELS[id] };
// ical.js does not know the calendar-name properties; tell it they hold TEXT, as calendar apps read them.
const icalProperties = ICAL.design.icalendar.property as Record<string, unknown>;
icalProperties['x-wr-calname'] = { defaultType: 'text' };
icalProperties['name'] = { defaultType: 'text' };

const NOW = new Date(Date.UTC(2026, 10, 20, 18, 30, 0));
// 2026-11-23 is a Monday.
const MONDAY = '2026-11-23';

function exportIcs(schedule: Schedule, entries: readonly OrderEntry[], extra: Partial<ICalendarOptions> = {}): string {
  return toICalendar(schedule, { planId: 'plan-1', planName: 'My helix', uidDomain: 'helix.example', now: NOW, entries, titles, ...extra });
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((event) => {
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
    return {
      uid: event.getFirstPropertyValue('uid'),
      start: start.toString(),
      end: end.toString(),
      allDay: start.isDate && end.isDate,
      stamp: (event.getFirstPropertyValue('dtstamp') as ICAL.Time).toICALString(),
      summary: event.getFirstPropertyValue('summary'),
      description: event.getFirstPropertyValue('description'),
    };
  });
  return { calendar, events };
}

const bingeEntries: OrderEntry[] = [
  episode('bosch', 1, 1, 50),
  episode('bosch', 1, 2, 50),
  episode('bosch', 1, 3, 50),
  episode('bosch-legacy', 3, 4, 50),
  chapters('desert-star', 12, 15, 100),
];

describe('toICalendar', () => {
  it('writes a calendar that an independent parser reads, with one all-day event per day with items', () => {
    const schedule = buildSchedule(bingeEntries, pace([150, 150, 0, 150, 150, 150, 150]), MONDAY, nothingDone);
    const { calendar, events } = parse(exportIcs(schedule, bingeEntries));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Helix//Watch and read planner//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('My helix');
    expect(events.map(({ uid, start, end, allDay, stamp, summary }) => ({ uid, start, end, allDay, stamp, summary }))).toEqual([
      {
        uid: 'plan-1-20261123@helix.example',
        start: '2026-11-23',
        end: '2026-11-24',
        allDay: true,
        stamp: '20261120T183000Z',
        summary: 'Helix: Bosch S1E1–E3',
      },
      {
        uid: 'plan-1-20261124@helix.example',
        start: '2026-11-24',
        end: '2026-11-25',
        allDay: true,
        stamp: '20261120T183000Z',
        summary: 'Helix: Bosch: Legacy S3E4 + Desert Star ch. 12–15',
      },
    ]);
    expect(events[1]?.description).toBe('Bosch: Legacy S3E4: Episode 4, 50 min\nDesert Star ch. 12–15: desert-star ch. 12–15, ~100 min');
  });

  it('uses CRLF line endings and keeps every physical line within 75 octets', () => {
    const long = [...bingeEntries, { ...wholeBook('the-poet', 40), title: `A very long title 🦉 with ünïcödé ${'and more words '.repeat(20)}` }];
    const ics = exportIcs(buildSchedule(long, pace([600, 600, 600, 600, 600, 600, 600]), MONDAY, nothingDone), long);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const physical = ics.split('\r\n').slice(0, -1);
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('skips days without items, such as weekdays on a weekend binge', () => {
    const season = Array.from({ length: 10 }, (_, i) => episode('bosch', 1, i + 1, 55));
    const schedule = buildSchedule(season, pace([0, 0, 0, 0, 0, 300, 300]), MONDAY, nothingDone);
    const { events } = parse(exportIcs(schedule, season));
    expect(events.map((event) => [event.start, event.summary])).toEqual([
      ['2026-11-28', 'Helix: Bosch S1E1–E5'],
      ['2026-11-29', 'Helix: Bosch S1E6–E10'],
    ]);
  });

  it('writes a calendar with no events when nothing is scheduled', () => {
    const { events } = parse(exportIcs(buildSchedule(bingeEntries, pace([0, 0, 0, 0, 0, 0, 0]), MONDAY, nothingDone), bingeEntries));
    expect(events).toEqual([]);
  });

  it('ends an event on the last day of the year on New Year’s Day', () => {
    const entries = [episode('bosch', 1, 1)];
    const { events } = parse(exportIcs(buildSchedule(entries, pace([60, 60, 60, 60, 60, 60, 60]), '2026-12-31', nothingDone), entries));
    expect([events[0]?.start, events[0]?.end]).toEqual(['2026-12-31', '2027-01-01']);
  });

  it('does not join episodes into a range across a gap left by one already watched', () => {
    const entries = [episode('bosch', 1, 1), episode('bosch', 1, 2), episode('bosch', 1, 3)];
    const schedule = buildSchedule(entries, pace([300, 300, 300, 300, 300, 300, 300]), MONDAY, doneIds('bosch-s01e02'));
    expect(parse(exportIcs(schedule, entries)).events[0]?.summary).toBe('Helix: Bosch S1E1 + Bosch S1E3');
  });

  it('names the chapters or pages of each part of a split reading block', () => {
    const entries = [chapters('desert-star', 11, 20, 100), pages('the-black-ice', 1, 48, 96)];
    const schedule = buildSchedule(entries, pace([30, 30, 30, 30, 30, 30, 30]), MONDAY, nothingDone);
    const { events } = parse(exportIcs(schedule, entries));
    expect(events.map((event) => event.summary)).toEqual([
      'Helix: Desert Star ch. 11–13',
      'Helix: Desert Star ch. 14–16',
      'Helix: Desert Star ch. 17–19',
      'Helix: Desert Star ch. 20 + The Black Ice pp. 1–10',
      // 11–20 leaves 10 of 30 minutes; 21–30 overruns by 10, no more than it would leave unused.
      'Helix: The Black Ice pp. 11–30',
      'Helix: The Black Ice pp. 31–48',
    ]);
    expect(events[1]?.description).toBe('Desert Star ch. 14–16: desert-star ch. 11–20 (part 2 of 4), ~30 min');
  });

  it('keeps UIDs stable for a plan and date across exports, and distinct between plans', () => {
    const schedule = buildSchedule(bingeEntries, pace([150, 150, 150, 150, 150, 150, 150]), MONDAY, nothingDone);
    const first = parse(exportIcs(schedule, bingeEntries));
    const later = parse(exportIcs(schedule, bingeEntries, { now: new Date(Date.UTC(2027, 0, 1)) }));
    const other = parse(exportIcs(schedule, bingeEntries, { planId: 'plan-2' }));
    expect(later.events.map((event) => event.uid)).toEqual(first.events.map((event) => event.uid));
    expect(later.events[0]?.stamp).toBe('20270101T000000Z');
    expect(other.events.map((event) => event.uid)).not.toContain(first.events[0]?.uid);
  });

  it('falls back to ids without title look-ups and to item titles for unknown entries', () => {
    const schedule = buildSchedule(bingeEntries.slice(0, 2), pace([150, 150, 150, 150, 150, 150, 150]), MONDAY, nothingDone);
    const ics = toICalendar(schedule, { planId: 'p', planName: 'p', uidDomain: 'x', now: NOW, entries: bingeEntries.slice(0, 1) });
    expect(parse(ics).events[0]?.summary).toBe('Helix: bosch S1E1 + Episode 2');
  });

  it('uses a custom item description and summary prefix when given', () => {
    const schedule = buildSchedule(bingeEntries.slice(0, 2), pace([150, 150, 150, 150, 150, 150, 150]), MONDAY, nothingDone);
    const ics = exportIcs(schedule, bingeEntries, { appName: 'Watch', describeItem: (item) => `• ${item.entryId}` });
    expect(parse(ics).events[0]).toMatchObject({ summary: 'Watch: Bosch S1E1–E2', description: '• bosch-s01e01\n• bosch-s01e02' });
  });

  it('round-trips names and titles with commas, semicolons, backslashes, line breaks, emoji and long text', () => {
    const text = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 120 })
      // TEXT cannot carry control characters (the export drops them) nor a bare CR (it becomes a line break).
      // eslint-disable-next-line no-control-regex -- the point is to match control characters
      .map((value) => value.replace(/[\u0000-\u0008\u000b-\u001f\u007f\r]/g, ''))
      .filter((value) => value.length > 0);
    const special = fc.constantFrom('Bosch, Legacy; "S3"\\E4\nnext line', '🦉🔎 Ünïcödé — 漢字', `long ${'words, and; more '.repeat(30)}`);
    fc.assert(
      fc.property(fc.oneof(text, special), fc.oneof(text, special), (planName, title) => {
        const entries = [{ ...episode('bosch', 1, 1), title }];
        const schedule = buildSchedule(entries, pace([60, 60, 60, 60, 60, 60, 60]), MONDAY, nothingDone);
        const ics = toICalendar(schedule, {
          planId: 'p',
          planName,
          uidDomain: 'x',
          now: NOW,
          entries,
          describeItem: (item) => item.title,
        });
        for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const { calendar, events } = parse(ics);
        expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(planName);
        expect(calendar.getFirstPropertyValue('name')).toBe(planName);
        expect(events[0]?.description).toBe(title);
      }),
    );
  });

  it('names items by code alone where asked, so reminders do not show titles far ahead', () => {
    const entries = [{ ...episode('bosch', 1, 1), title: 'Pilot' }, { ...episode('bosch', 1, 2), title: 'The Killer Is Revealed' }];
    const schedule = buildSchedule(entries, pace([150, 150, 150, 150, 150, 150, 150]), MONDAY, nothingDone);
    const ics = exportIcs(schedule, entries, { hideTitle: (item) => item.entryId === 'bosch-s01e02' });
    expect(parse(ics).events[0]?.description).toBe('Bosch S1E1: Pilot, 50 min\nBosch S1E2, 50 min');
    expect(ics.replace(/\r\n[ \t]/g, '')).not.toContain('Killer');
  });

  it('writes the days things were done as past events with their own UIDs, before the days to come', () => {
    const entries = [episode('bosch', 1, 1), episode('bosch', 1, 2), episode('bosch', 1, 3)];
    const schedule = buildSchedule(entries, pace([60, 60, 60, 60, 60, 60, 60]), MONDAY, doneIds('bosch-s01e01', 'bosch-s01e02'));
    const doneDays = [{ date: '2026-11-20', items: [{ entryId: 'bosch-s01e01', title: 'Episode 1', minutes: 50 }, { entryId: 'bosch-s01e02', title: 'Episode 2', minutes: 50 }] }];
    const { events } = parse(exportIcs(schedule, entries, { doneDays }));
    expect(events.map(({ uid, start, summary, description }) => ({ uid, start, summary, description }))).toEqual([
      {
        uid: 'plan-1-done-20261120@helix.example',
        start: '2026-11-20',
        summary: 'Helix (done): Bosch S1E1–E2',
        description: 'Done: Bosch S1E1: Episode 1, 50 min\nDone: Bosch S1E2: Episode 2, 50 min',
      },
      { uid: 'plan-1-20261123@helix.example', start: '2026-11-23', summary: 'Helix: Bosch S1E3', description: 'Bosch S1E3: Episode 3, 50 min' },
    ]);
  });
});
