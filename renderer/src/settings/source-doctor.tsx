import { useState } from 'react';
import { familyLabel } from '../../../shared/engine/family-label.js';
import type { RouteCheck } from '../../../shared/engine/route-check.js';
import { ActionButton } from '../ui/action-button.js';
import { Notice } from '../ui/notice.js';
import { DoctorRoutes } from './doctor-routes.js';
import { messageOf } from './field-errors.js';
import { TableHead } from '../ui/table-head.js';

/** One source's answer in a doctor run, as the Settings window shows it. */
export interface SourceCheckView {
  family: 'ipv4' | 'ipv6';
  source: string;
  answer: string | null;
  error: string | null;
  latencyMs: number | null;
  agreed: boolean;
}

export interface FamilyCheckView {
  family: 'ipv4' | 'ipv6';
  /** The address the agreement rule accepted, or null with the verdict saying why. */
  accepted: string | null;
  verdict: string;
  sources: SourceCheckView[];
  /** The family's default route and source bindings, when the core read the routes. */
  route?: RouteCheck;
}

/** "Check sources": asks every source side by side and shows who said what, and how fast. */
export function SourceDoctor({ onCheck }: { onCheck: () => Promise<FamilyCheckView[]> }) {
  const [result, setResult] = useState<FamilyCheckView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const check = async () => {
    setError(null);
    try {
      setResult(await onCheck());
    } catch (caught) {
      setError(messageOf(caught));
    }
  };
  return (
    <div className="stack" data-testid="doctor">
      <div>
        <ActionButton onAction={check} busyLabel="Asking every source">
          Check sources
        </ActionButton>
      </div>
      {error && <Notice kind="error">The check failed: {error}</Notice>}
      {result?.map((family) => (
        <FamilyAnswers key={family.family} family={family} />
      ))}
      {result && <DoctorRoutes routes={result.flatMap((f) => (f.route ? [f.route] : []))} />}
    </div>
  );
}

/** One family's verdict, then each source's answer, latency and whether it agreed. */
function FamilyAnswers({ family }: { family: FamilyCheckView }) {
  return (
    <div>
      <h4>
        {familyLabel(family.family)}:{' '}
        <span data-testid={`doctor-verdict-${family.family}`}>
          {family.accepted ? `${family.accepted} (${family.verdict})` : family.verdict}
        </span>
      </h4>
      <table className="data" data-testid={`doctor-${family.family}`}>
        <caption className="visually-hidden">
          {familyLabel(family.family)} sources and their answers
        </caption>
        <TableHead headers={['Source', 'Answer', 'Latency', 'Agreed']} />
        <tbody>
          {family.sources.map((source) => (
            <SourceAnswerRow key={source.source} source={source} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SourceAnswerRow({ source }: { source: SourceCheckView }) {
  return (
    <tr data-testid="doctor-row">
      <td>{source.source}</td>
      <td className="wrap">{source.answer ?? <em>{source.error ?? 'no answer'}</em>}</td>
      <td>{source.latencyMs === null ? '—' : `${Math.round(source.latencyMs)} ms`}</td>
      <td>
        {source.answer === null ? (
          <span className="badge badge-muted">no answer</span>
        ) : (
          <span className={`badge ${source.agreed ? 'badge-ok' : 'badge-danger'}`}>
            {source.agreed ? 'agrees' : 'disagrees'}
          </span>
        )}
      </td>
    </tr>
  );
}
