import { describe, expect, it } from 'vitest';
import { BACKUP_REMINDER_AFTER_MS, isBackupReminderDue } from '../../../src/domain/backup/reminder';
import { ProgressMap } from '../../../src/domain/progress/progress-map';

const m = (record: Record<string, { done: boolean; at: number }>) => ProgressMap.fromRecord(record);

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 2, 1, 12);

describe('backup reminder rule', () => {
  it('is not due when nothing is done', () => {
    expect(isBackupReminderDue({ progress: m({}), lastBackupAt: null, now: NOW })).toBe(false);
  });

  it('is not due when every mark has been undone', () => {
    expect(isBackupReminderDue({ progress: m({ 'bosch-s01e01': { done: false, at: NOW - DAY } }), lastBackupAt: null, now: NOW })).toBe(false);
  });

  it('is due as soon as something is done and there never was a backup', () => {
    expect(isBackupReminderDue({ progress: m({ 'bosch-s01e01': { done: true, at: NOW - 1000 } }), lastBackupAt: null, now: NOW })).toBe(true);
  });

  it('is not due while the last backup is younger than seven days', () => {
    const progress = m({ 'bosch-s01e01': { done: true, at: NOW - 1000 } });
    expect(isBackupReminderDue({ progress, lastBackupAt: NOW - 6 * DAY, now: NOW })).toBe(false);
  });

  it('is due when the backup is seven days old and progress changed after it', () => {
    const progress = m({ 'bosch-s01e01': { done: true, at: NOW - 8 * DAY }, 'bosch-s01e02': { done: true, at: NOW - DAY } });
    expect(isBackupReminderDue({ progress, lastBackupAt: NOW - BACKUP_REMINDER_AFTER_MS, now: NOW })).toBe(true);
  });

  it('is not due when an old backup still holds all progress, because nothing changed since', () => {
    const progress = m({ 'bosch-s01e01': { done: true, at: NOW - 30 * DAY } });
    expect(isBackupReminderDue({ progress, lastBackupAt: NOW - 20 * DAY, now: NOW })).toBe(false);
  });

  it('counts an undo after an old backup as a change worth backing up', () => {
    const progress = m({ 'bosch-s01e01': { done: true, at: NOW - 30 * DAY }, 'bosch-s01e02': { done: false, at: NOW - DAY } });
    expect(isBackupReminderDue({ progress, lastBackupAt: NOW - 20 * DAY, now: NOW })).toBe(true);
  });
});
