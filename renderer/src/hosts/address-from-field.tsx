import { createContext, useContext, useId } from 'react';
import type { AddressFrom } from '../../../shared/records/address-from.js';
import { TextField } from '../ui/field.js';

/** An enabled echo source a record can choose, by id, shown by name. */
export interface SourceChoice {
  id: string;
  name: string;
  family: 'ipv4' | 'ipv6';
}

/** The enabled echo sources, given once by the Hosts window rather than through every editor. */
export const EchoSourcesContext = createContext<readonly SourceChoice[]>([]);

interface AddressFromFieldProps {
  n: number;
  family: 'ipv4' | 'ipv6';
  value: AddressFrom;
  /** The problem with `from` (the draft's or the core's), shown on the field. */
  error: string | undefined;
  onChange: (from: AddressFrom) => void;
}

const KINDS: readonly { kind: AddressFrom['kind']; label: string }[] = [
  { kind: 'public', label: 'Public address' },
  { kind: 'interface', label: 'Interface' },
  { kind: 'sources', label: 'Chosen sources' },
];

/** "Address from" of a following record: the public address, one interface, or chosen sources. */
export function AddressFromField({ n, family, value, error, onChange }: AddressFromFieldProps) {
  const sources = useContext(EchoSourcesContext).filter((source) => source.family === family);
  const errorId = useId();
  const groupError = value.kind === 'interface' ? undefined : error;
  return (
    <fieldset
      className={`plain address-from${groupError ? ' field-invalid' : ''}`}
      aria-describedby={groupError ? errorId : undefined}
    >
      <legend>Record {n} address from</legend>
      <KindRadios
        name={`${errorId}-kind`}
        kind={value.kind}
        onChoose={(kind) => onChange(emptyFrom(kind))}
      />
      {value.kind === 'interface' && (
        <TextField
          label={`Record ${n} interface name`}
          value={value.name}
          onChange={(name) => onChange({ kind: 'interface', name })}
          error={error}
          placeholder="eth1"
          spellCheck={false}
        />
      )}
      {value.kind === 'sources' && (
        <SourceChecks sources={sources} ids={value.ids} onChange={onChange} />
      )}
      {groupError && (
        <span id={errorId} className="field-error" role="alert">
          {groupError}
        </span>
      )}
    </fieldset>
  );
}

/** A fresh choice of the given kind: no interface named yet, no sources ticked yet. */
function emptyFrom(kind: AddressFrom['kind']): AddressFrom {
  if (kind === 'interface') return { kind, name: '' };
  if (kind === 'sources') return { kind, ids: [] };
  return { kind: 'public' };
}

/** The three kinds of "address from", one radio button each. */
function KindRadios({
  name,
  kind: current,
  onChoose,
}: {
  name: string;
  kind: AddressFrom['kind'];
  onChoose: (kind: AddressFrom['kind']) => void;
}) {
  return (
    <div className="row">
      {KINDS.map(({ kind, label }) => (
        <label key={kind} className="checkbox">
          <input
            type="radio"
            name={name}
            checked={current === kind}
            onChange={() => onChoose(kind)}
          />
          {label}
        </label>
      ))}
    </div>
  );
}

function SourceChecks({
  sources,
  ids,
  onChange,
}: {
  sources: readonly SourceChoice[];
  ids: readonly string[];
  onChange: (from: AddressFrom) => void;
}) {
  if (sources.length === 0) return <small className="field-hint">No enabled echo sources.</small>;
  const toggle = (id: string, on: boolean) =>
    onChange({ kind: 'sources', ids: on ? [...ids, id] : ids.filter((other) => other !== id) });
  return (
    <div className="row">
      {sources.map((source) => (
        <label key={source.id} className="checkbox">
          <input
            type="checkbox"
            checked={ids.includes(source.id)}
            onChange={(event) => toggle(source.id, event.target.checked)}
          />
          {source.name}
        </label>
      ))}
    </div>
  );
}
