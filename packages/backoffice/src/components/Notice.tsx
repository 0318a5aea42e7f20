import type { ReactNode } from 'react';
import type { ApiFailure } from '../api/http.ts';

/** A message in the flow of the page (never a pop-up): an error, a warning or a success. */
export function Notice({
  tone,
  children,
}: {
  tone: 'error' | 'warning' | 'success' | 'info';
  children: ReactNode;
}) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** The server's message for a failure that no field claims. */
export function FailureNotice({
  failure,
  except,
}: {
  failure: ApiFailure | null | undefined;
  except?: readonly string[];
}) {
  if (!failure) return null;
  if (failure.type === 'http' && failure.field && except?.includes(failure.field)) return null;
  return <Notice tone="error">{failure.message}</Notice>;
}
