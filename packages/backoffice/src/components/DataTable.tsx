import type { ReactNode } from 'react';
import { Link } from 'wouter';

export interface Column<T> {
  readonly key: string;
  readonly header: string;
  /** Numbers and amounts are right-aligned so their digits line up. */
  readonly align?: 'left' | 'right';
  readonly width?: string;
  /** Keep on one line (dates, codes); numbers always are. */
  readonly nowrap?: boolean;
  readonly render: (row: T) => ReactNode;
}

interface Props<T> {
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[] | undefined;
  readonly rowKey: (row: T) => string | number;
  /** Where a row leads (its first cell is the link, for the keyboard too); '' for none. */
  readonly rowHref?: (row: T) => string;
  readonly empty?: string;
  readonly loading?: boolean;
  readonly footer?: ReactNode;
  readonly label?: string;
  readonly maxHeight?: string;
}

/**
 * A table with a header that stays on top while its body scrolls. While the first answer loads it
 * keeps the height of a few rows, so the page does not jump when the rows arrive.
 */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  rowHref,
  empty = 'Nothing here yet.',
  loading,
  footer,
  label,
  maxHeight,
}: Props<T>) {
  return (
    <div className="table-wrap" style={maxHeight ? { maxHeight } : undefined}>
      <table className="data-table" aria-label={label} aria-busy={loading || undefined}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} className={c.align === 'right' ? 'num' : undefined} style={{ width: c.width }}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows === undefined ? (
            <tr className="placeholder-row">
              <td colSpan={columns.length}>{loading === false ? '' : 'Loading…'}</td>
            </tr>
          ) : rows.length === 0 ? (
            <tr className="placeholder-row">
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          ) : (
            rows.map((row) => {
              const href = rowHref?.(row);
              return (
                <tr key={rowKey(row)} className={href ? 'linked' : undefined}>
                  {columns.map((c, i) => (
                    <td key={c.key} className={cellClass(c)}>
                      {href && i === 0 ? (
                        <Link href={href} className="row-link">
                          {c.render(row)}
                        </Link>
                      ) : (
                        c.render(row)
                      )}
                    </td>
                  ))}
                </tr>
              );
            })
          )}
        </tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
    </div>
  );
}

function cellClass<T>(c: Column<T>): string | undefined {
  if (c.align === 'right') return 'num';
  return c.nowrap ? 'nowrap' : undefined;
}
