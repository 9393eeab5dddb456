import { memo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDateTime } from '../../../shared/time/format-time.js';
import {
  recentAddresses,
  type AddressPoint,
  type DayCounts,
  type UpdateOutcome,
} from './history-series.js';

/**
 * Unchanged answers are left out: freedns.io does not count a request that changes nothing,
 * and a day of them would dwarf the few updates the quota is about.
 */
const OUTCOME_COLORS: Record<Exclude<UpdateOutcome, 'unchanged'>, string> = {
  updated: 'var(--ok)',
  deferred: 'var(--warn)',
  rejected: 'var(--danger)',
  failed: 'var(--chart-failed)',
};

const timeLabel = (at: number) => formatDateTime(at);

/**
 * The public address of one family over time: a step line across the distinct addresses, so
 * each change reads as a jump and each plateau as how long an address lasted. Only the latest
 * changes are drawn (recentAddresses), and the chart says so when older ones are left out.
 */
// memo: the charts draw every event (recharts, thousands of points); a filter change in the
// table must not draw them again when their data is the same.
export const AddressChart = memo(function AddressChart({
  title,
  points,
  now,
}: {
  title: string;
  points: readonly AddressPoint[];
  now: number;
}) {
  const shown = recentAddresses(points);
  return (
    <figure className="chart card" aria-label={title}>
      <figcaption>{title}</figcaption>
      {shown.length === 0 ? (
        <p className="muted">No address recorded yet.</p>
      ) : (
        <AddressLines points={shown} now={now} />
      )}
      {shown.length < points.length && (
        <p className="muted chart-note">
          The latest {shown.length} of {points.length.toLocaleString('en')} changes, since{' '}
          {timeLabel(shown[0]!.at)}; the table below lists them all.
        </p>
      )}
      <p className="visually-hidden">
        {shown.map((point) => `${timeLabel(point.at)}: ${point.address}`).join('; ')}
      </p>
    </figure>
  );
});

function AddressLines({ points, now }: { points: readonly AddressPoint[]; now: number }) {
  const addresses = new Set(points.map((point) => point.address));
  const last = points[points.length - 1];
  // Carry the current address up to now, so the last plateau has a length.
  const data =
    last && last.at < now ? [...points, { at: now, address: last.address }] : [...points];
  return (
    <ResponsiveContainer width="100%" height={Math.max(140, 40 + addresses.size * 28)}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis
          dataKey="at"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={timeLabel}
          stroke="var(--muted)"
        />
        <YAxis
          dataKey="address"
          type="category"
          allowDuplicatedCategory={false}
          width={150}
          stroke="var(--muted)"
        />
        <Tooltip labelFormatter={(at) => timeLabel(Number(at))} />
        <Line
          type="stepAfter"
          dataKey="address"
          stroke="var(--accent)"
          dot
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

interface UpdatesProps {
  days: readonly DayCounts[];
  quota: number;
  quotaLabel: string;
}

/** Updates per day stacked by outcome, with the daily update quota drawn as a line. */
export const UpdatesChart = memo(function UpdatesChart({ days, quota, quotaLabel }: UpdatesProps) {
  return (
    <figure className="chart chart-wide card" aria-label="Updates per day by outcome">
      <figcaption>
        Updates per day by outcome{' '}
        <span className="muted">(requests that changed nothing are not counted)</span>
      </figcaption>
      {days.length === 0 ? (
        <p className="muted">No update recorded yet.</p>
      ) : (
        <UpdateBars days={days} quota={quota} quotaLabel={quotaLabel} />
      )}
      <p className="visually-hidden">
        {days
          .map(
            (day) =>
              `${day.day}: ${day.updated} updated, ${day.deferred} deferred, ${day.rejected} rejected, ${day.failed} failed`,
          )
          .join('; ')}
      </p>
    </figure>
  );
});

function UpdateBars({ days, quota, quotaLabel }: UpdatesProps) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={[...days]} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis dataKey="day" stroke="var(--muted)" />
        <YAxis allowDecimals={false} stroke="var(--muted)" />
        <Tooltip />
        <Legend />
        {(Object.keys(OUTCOME_COLORS) as (keyof typeof OUTCOME_COLORS)[]).map((outcome) => (
          <Bar
            key={outcome}
            dataKey={outcome}
            stackId="outcome"
            fill={OUTCOME_COLORS[outcome]}
            isAnimationActive={false}
          />
        ))}
        <ReferenceLine
          y={quota}
          stroke="var(--danger)"
          strokeDasharray="6 3"
          label={{ value: quotaLabel, position: 'insideTopRight', fill: 'var(--fg)' }}
          ifOverflow="extendDomain"
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
