import type { KeyboardEvent } from 'react';
import { TextField } from '../ui/field.js';

interface HostFilterProps {
  value: string;
  onChange: (value: string) => void;
  shown: number;
  total: number;
  /** The Down arrow: go to the first card shown. */
  onLeave: () => void;
}

/** Narrows the cards to hosts whose name or hostname holds the text; Down goes to the first. */
export function HostFilter({ value, onChange, shown, total, onLeave }: HostFilterProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown' || shown === 0) return;
    event.preventDefault();
    onLeave();
  };
  return (
    <div className="row host-filter">
      <TextField
        label="Filter hosts"
        type="search"
        value={value}
        onChange={onChange}
        onKeyDown={onKeyDown}
        placeholder="name or hostname"
        spellCheck={false}
        hint="Down arrow: go to the first host shown."
      />
      <span className="muted" role="status" data-testid="host-count">
        {shown === total
          ? `${total.toLocaleString('en')} hosts`
          : shown === 0
            ? `No host matches "${value.trim()}" (of ${total.toLocaleString('en')}).`
            : `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} hosts`}
      </span>
    </div>
  );
}
