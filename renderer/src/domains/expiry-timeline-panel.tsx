import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DomainSummary } from '../../../shared/contract/domain-schemas.js';
import { Notice } from '../ui/notice.js';
import { AutoRenewSwitch } from './auto-renew-switch.js';
import { needsRenewalSoon } from './domain-format.js';
import { useAllDomains } from './domains-queries.js';
import { expiriesByMonth, renewalBars } from './timeline-series.js';

type MonthCount = ReturnType<typeof expiriesByMonth>[number];
type RenewalBar = ReturnType<typeof renewalBars>[number];

/** Legend text in the page's own colour, readable on either theme. */
function legendText(value: string) {
  return <span className="chart-legend-text">{value}</span>;
}

/** All domains on a timeline: expiries per month and the renewal windows of the soonest. */
export function ExpiryTimelinePanel() {
  const all = useAllDomains();
  const now = Date.now();
  const months = useMemo(() => expiriesByMonth(all.domains, now), [all.domains, now]);
  const bars = useMemo(() => renewalBars(all.domains), [all.domains]);
  return (
    <div className="stack" data-testid="timeline-panel">
      {all.error && <Notice kind="error">{all.error}</Notice>}
      <RenewSoon domains={all.domains.filter(needsRenewalSoon)} />
      <ExpiriesChart months={months} count={all.domains.length} />
      <RenewalWindowsChart bars={bars} />
    </div>
  );
}

function RenewSoon({ domains }: { domains: readonly DomainSummary[] }) {
  return (
    <section className="card" aria-labelledby="open-title">
      <h2 id="open-title">Renew soon</h2>
      {domains.length === 0 ? (
        <p className="muted">
          No free domain is inside its renewal window, and no paid one expires within a month.
        </p>
      ) : (
        <ul className="plain-list" data-testid="renewable-now">
          {domains.map((d) => (
            <li key={d.domain} className="row">
              <strong>{d.domain}</strong> expires {d.expirationDate} ({d.daysLeft} days)
              <AutoRenewSwitch domain={d} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ExpiriesChart({ months, count }: { months: MonthCount[]; count: number }) {
  return (
    <figure className="card chart" aria-labelledby="months-title">
      <figcaption id="months-title">Domains expiring per month ({count} domains)</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={months} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend formatter={legendText} />
          <Bar dataKey="FREE" name="Free" stackId="a" fill="#1a7f37" isAnimationActive={false} />
          <Bar dataKey="PAID" name="Paid" stackId="a" fill="#0b5cc9" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

function RenewalWindowsChart({ bars }: { bars: RenewalBar[] }) {
  return (
    <figure className="card chart" aria-labelledby="windows-title">
      <figcaption id="windows-title">
        Renewal windows of the {bars.length} soonest expiries (days from today; a paid domain can be
        renewed at any time)
      </figcaption>
      <ResponsiveContainer width="100%" height={Math.max(160, 28 * bars.length + 60)}>
        <BarChart
          data={bars}
          layout="vertical"
          margin={{ top: 32, right: 16, bottom: 8, left: 24 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" />
          <YAxis type="category" dataKey="domain" width={150} interval={0} />
          <Tooltip />
          <Legend formatter={legendText} />
          <ReferenceLine x={0} stroke="#c62828" label={{ value: 'today', position: 'top' }} />
          <Bar
            dataKey="wait"
            name="Before the window"
            stackId="w"
            fill="#d0d7de"
            isAnimationActive={false}
          />
          <Bar
            dataKey="window"
            name="Renewal window"
            stackId="w"
            fill="#8a6100"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
