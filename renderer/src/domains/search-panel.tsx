import { useState } from 'react';
import type { SearchResult } from '../../../shared/contract/domain-channels.js';
import type { DomainTypeValue } from '../../../shared/contract/domain-schemas.js';
import { periodMonths } from '../../../shared/validators/domain.js';
import { DataTable, type DataColumn } from '../ui/data-table.js';
import { FieldShell, SelectField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { useDomainsCore } from './domains-core.js';
import { DomainForm, SubmitButton } from './domain-form.js';
import { messageOf, type FieldErrors } from './form-check.js';
import { DOMAIN_TYPE_OPTIONS } from './period-select.js';
import { expandNames, namesError } from './search-names.js';

const TLDS = ['tk', 'ml', 'ga', 'cf', 'gq', 'com', 'net', 'org'] as const;
const BATCH = 4;

type Progress = { done: number; total: number };

/** Asks for the names a few at a time, so results and progress show as they come. */
function useBatchedSearch() {
  const core = useDomainsCore();
  const [failure, setFailure] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [results, setResults] = useState<SearchResult[]>([]);
  const run = async (names: readonly string[], type: DomainTypeValue) => {
    setFailure(null);
    setResults([]);
    setProgress({ done: 0, total: names.length });
    const found: SearchResult[] = [];
    try {
      for (let i = 0; i < names.length; i += BATCH) {
        const answer = await core.domains.search({ names: names.slice(i, i + BATCH), type });
        found.push(...answer.results);
        setResults([...found]);
        setProgress({ done: Math.min(i + BATCH, names.length), total: names.length });
      }
    } catch (e) {
      setFailure(messageOf(e));
    } finally {
      setProgress(null);
    }
  };
  return { failure, progress, results, run };
}

/** Availability and prices for many names at once, checked in small batches with progress. */
export function SearchPanel() {
  const batched = useBatchedSearch();
  return (
    <div className="stack" data-testid="search-panel">
      <div className="card stack">
        <h2>Search names</h2>
        <SearchForm onSearch={batched.run} />
        {batched.progress && (
          <label className="progress-line">
            Checked {batched.progress.done} of {batched.progress.total}
            <progress value={batched.progress.done} max={batched.progress.total} />
          </label>
        )}
        {batched.failure && <Notice kind="error">{batched.failure}</Notice>}
      </div>
      {batched.results.length > 0 && <SearchResults results={batched.results} />}
    </div>
  );
}

type OnSearch = (names: readonly string[], type: DomainTypeValue) => Promise<void>;

/** The names, the endings to try them with, and the type; bad input is named, nothing sent. */
function SearchForm({ onSearch }: { onSearch: OnSearch }) {
  const [text, setText] = useState('');
  const [tlds, setTlds] = useState<string[]>(['tk', 'com']);
  const [type, setType] = useState<DomainTypeValue>('PAID');
  const [errors, setErrors] = useState<FieldErrors>({});
  const search = async () => {
    const names = expandNames(text, tlds);
    const refused = namesError(names, type);
    setErrors(refused === null ? {} : { names: refused });
    if (refused === null) await onSearch(names, type);
  };
  return (
    <DomainForm className="stack" onSubmit={search} errors={errors}>
      <NamesField value={text} onChange={setText} error={errors.names ?? null} />
      <EndingChoices value={tlds} onChange={setTlds} />
      <div className="row">
        <SelectField label="Type" value={type} onChange={setType} options={DOMAIN_TYPE_OPTIONS} />
        <SubmitButton busyLabel="Searching">Search</SubmitButton>
      </div>
    </DomainForm>
  );
}

function NamesField(props: {
  value: string;
  onChange: (text: string) => void;
  error: string | null;
}) {
  return (
    <FieldShell
      label="Names"
      error={props.error}
      hint="One or more names, separated by spaces, commas or lines. A name without an ending is tried with every ending chosen below."
    >
      {({ inputId, describedBy, invalid }) => (
        <textarea
          id={inputId}
          rows={3}
          value={props.value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}

function EndingChoices({
  value,
  onChange,
}: {
  value: string[];
  onChange: (tlds: string[]) => void;
}) {
  return (
    <fieldset className="inline-choices">
      <legend>Endings</legend>
      {TLDS.map((tld) => (
        <label key={tld} className="checkbox">
          <input
            type="checkbox"
            checked={value.includes(tld)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, tld] : value.filter((t) => t !== tld))
            }
          />
          .{tld}
        </label>
      ))}
    </fieldset>
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
