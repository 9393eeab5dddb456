export function Spinner({ label }: { label: string }) {
  return (
    <span className="spinner" role="progressbar" aria-label={label}>
      <span className="spinner-dot" aria-hidden="true" />
    </span>
  );
}
