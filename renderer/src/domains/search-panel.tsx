import { useState } from 'react';
import {
  SearchRequestSchema,
  type SearchResult,
} from '../../../shared/contract/domain-channels.js';
import type { DomainTypeValue } from '../../../shared/contract/domain-schemas.js';
import { periodMonths } from '../../../shared/validators/domain.js';
import { dnsTray } from '../bridge/dns-tray.js';
import { ActionButton } from '../ui/action-button.js';
import { DataTable, type DataColumn } from '../ui/data-table.js';
import { FieldShell, SelectField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { checkForm, messageOf } from './form-check.js';
import { expandNames } from './search-names.js';

const TLDS = ['tk', 'ml', 'ga', 'cf', 'gq', 'com', 'net', 'org'] as const;
const BATCH = 4;

/** Availability and prices for many names at once, checked in small batches with progress. */
export function SearchPanel() {
  const [text, setText] = useState('');
  const [tlds, setTlds] = useState<string[]>(['tk', 'com']);
  const [type, setType] = useState<DomainTypeValue>('PAID');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [results, setResults] = useState<SearchResult[]>([]);

  const search = async () => {
    const names = expandNames(text, tlds);
    if (names.length === 0) return setError('Enter at least one name, and choose an ending.');
    const bad = names.find((name) => !checkForm(SearchRequestSchema, { names: [name], type }).ok);
    if (bad) {
      const checked = checkForm(SearchRequestSchema, { names: [bad], type });
      return setError(checked.ok ? null : `${bad}: ${checked.errors.names}`);
    }
    setError(null);
    setFailure(null);
    setResults([]);
    setProgress({ done: 0, total: names.length });
    const found: SearchResult[] = [];
    try {
      for (let i = 0; i < names.length; i += BATCH) {
        const { results: batch } = await dnsTray.domains.search({
          names: names.slice(i, i + BATCH),
          type,
        });
        found.push(...batch);
        setResults([...found]);
        setProgress({ done: Math.min(i + BATCH, names.length), total: names.length });
      }
    } catch (e) {
      setFailure(messageOf(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="stack" data-testid="search-panel">
      <div className="card stack">
        <h2>Search names</h2>
        <FieldShell
          label="Names"
          error={error}
          hint="One or more names, separated by spaces, commas or lines. A name without an ending is tried with every ending chosen below."
        >
          {({ inputId, describedBy, invalid }) => (
            <textarea
              id={inputId}
              rows={3}
              value={text}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </FieldShell>
        <fieldset className="inline-choices">
          <legend>Endings</legend>
          {TLDS.map((tld) => (
            <label key={tld} className="checkbox">
              <input
                type="checkbox"
                checked={tlds.includes(tld)}
                onChange={(e) =>
                  setTlds(e.target.checked ? [...tlds, tld] : tlds.filter((t) => t !== tld))
                }
              />
              .{tld}
            </label>
          ))}
        </fieldset>
        <div className="row">
          <SelectField
            label="Type"
            value={type}
            onChange={setType}
            options={[
              { value: 'PAID', label: 'Paid' },
              { value: 'FREE', label: 'Free' },
            ]}
          />
          <ActionButton variant="primary" onAction={search} busyLabel="Searching">
            Search
          </ActionButton>
        </div>
        {progress && (
          <label className="progress-line">
            Checked {progress.done} of {progress.total}
            <progress value={progress.done} max={progress.total} />
          </label>
        )}
        {failure && <Notice kind="error">{failure}</Notice>}
      </div>
      {results.length > 0 && <SearchResults results={results} />}
    </div>
  );
}

/** Every period any result has a price for, shortest first. */
function periodsOf(results: readonly SearchResult[]): string[] {
  return [...new Set(results.flatMap((r) => r.prices.map((p) => p.period)))].sort(
    (a, b) => (periodMonths(a) ?? 0) - (periodMonths(b) ?? 0),
  );
}

/** One row a name: availability, a price per period, and a link to register it when free. */
function SearchResults({ results }: { results: readonly SearchResult[] }) {
  const columns: DataColumn<SearchResult>[] = [
    { header: 'Domain', cell: (result) => result.domain, rowHeader: true },
    { header: 'Type', cell: (result) => result.type },
    {
      header: 'Availability',
      cell: (result) => (
        <span className={`badge ${result.available ? 'badge-ok' : 'badge-muted'}`}>
          {result.available ? 'available' : 'taken'}
        </span>
      ),
    },
    ...periodsOf(results).map((period) => ({
      header: period,
      cell: (result: SearchResult) => {
        const price = result.prices.find((p) => p.period === period);
        return price ? `${price.currency} ${price.retailPrice}` : '—';
      },
    })),
  ];
  return (
    <DataTable
      caption="Search results"
      columns={columns}
      rows={results}
      rowKey={(result) => result.domain}
      actions={(result) =>
        result.available && (
          <a
            href={`#/domains/register?name=${encodeURIComponent(result.domain)}&type=${result.type}`}
          >
            Register {result.domain}
          </a>
        )
      }
    />
  );
}
