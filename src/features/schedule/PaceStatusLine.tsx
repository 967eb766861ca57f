import type { PaceStatus } from '../../domain/schedule/schedule-status';
import { plural } from '../../ui/format';
import { formatDay } from './schedule-format';

interface Props {
  status: PaceStatus;
  startDate: string;
  /** The finish date of the plan as set on its start date. */
  plannedFinish: string | null;
  /** Today's share is ticked off and nothing more is planned today. */
  todayDone: boolean;
}

/** One line on how progress compares with the pace you set (being behind gets its own banner). */
export function PaceStatusLine({ status, startDate, plannedFinish, todayDone }: Props) {
  const text = describe(status, startDate, plannedFinish, todayDone);
  if (!text) return null;
  return (
    <p className={`pace-status pace-status--${status.kind}`} data-testid="pace-status">
      <strong>{text.lead}</strong>
      {text.detail ? ` ${text.detail}` : ''}
    </p>
  );
}

function describe(status: PaceStatus, startDate: string, plannedFinish: string | null, todayDone: boolean): { lead: string; detail?: string } | null {
  switch (status.kind) {
    case 'not-started':
      return { lead: `Starts on ${formatDay(startDate)}.`, detail: 'What you have done already is left out of the schedule.' };
    case 'on-pace':
      return { lead: 'On pace.', ...(todayDone ? { detail: 'Today’s share is done.' } : {}) };
    case 'ahead':
      return {
        lead: `${plural(status.days, 'day')} ahead of your pace.`,
        detail: `The next item was planned for ${formatDay(status.plannedDate)}${plannedFinish ? `, and the whole plan for ${formatDay(plannedFinish)}` : ''}.`,
      };
    case 'behind':
    case 'finished':
      return null;
  }
}
