interface Props {
  readonly total: number | undefined;
  readonly limit: number;
  readonly offset: number;
  readonly onOffset: (offset: number) => void;
}

/** "1–50 of 1,204" with previous and next. */
export function Pager({ total, limit, offset, onOffset }: Props) {
  if (total === undefined) return <div className="pager" />;
  const last = Math.min(offset + limit, total);
  return (
    <div className="pager">
      <span className="muted">
        {total === 0
          ? 'None'
          : `${(offset + 1).toLocaleString()}–${last.toLocaleString()} of ${total.toLocaleString()}`}
      </span>
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        Previous
      </button>
      <button type="button" disabled={last >= total} onClick={() => onOffset(offset + limit)}>
        Next
      </button>
    </div>
  );
}
