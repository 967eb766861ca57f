import { formatMinutes, plural } from '../../ui/format';
import { formatDay } from './schedule-format';

interface Props {
  finishDate: string | null;
  startDate: string;
  minutesLeft: number;
  approximate: boolean;
  sessionDays: number;
  noBudget: boolean;
}

/** Finish date and totals at the top of the schedule. */
export function ScheduleSummary({ finishDate, startDate, minutesLeft, approximate, sessionDays, noBudget }: Props) {
  return (
    <dl className="schedule-summary">
      <div>
        <dt>Finish date</dt>
        <dd data-testid="finish-date" data-date={minutesLeft > 0 && finishDate ? finishDate : undefined}>{minutesLeft === 0 ? 'All done' : finishDate ? formatDay(finishDate) : 'Never at this pace'}</dd>
      </div>
      <div>
        <dt>Time left</dt>
        <dd>
          {approximate ? '≈ ' : ''}
          {formatMinutes(minutesLeft)}
        </dd>
      </div>
      <div>
        <dt>Days with sessions</dt>
        <dd>{plural(sessionDays, 'day')}</dd>
      </div>
      <div>
        <dt>Start date</dt>
        <dd>{formatDay(startDate)}</dd>
      </div>
      {noBudget && minutesLeft > 0 && <p className="schedule-summary__warn">Give at least one weekday some minutes to get a finish date.</p>}
    </dl>
  );
}
