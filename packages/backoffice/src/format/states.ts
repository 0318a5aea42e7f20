import type { BadgeTone } from '../components/Badge.tsx';

/**
 * A session's state in words and the colour of its badge. A rescue session nobody sells in: an
 * open one waits to be closed.
 */
export function sessionState(state: string, rescue = false): { label: string; tone: BadgeTone } {
  if (rescue && state !== 'closed') return { label: 'To close', tone: 'warning' };
  switch (state) {
    case 'opening_control':
      return { label: 'Opening', tone: 'info' };
    case 'opened':
      return { label: 'Selling', tone: 'ok' };
    case 'closing_control':
      return { label: 'Closing', tone: 'warning' };
    case 'closed':
      return { label: 'Closed', tone: 'neutral' };
    default:
      return { label: state, tone: 'neutral' };
  }
}

export function orderState(state: string): { label: string; tone: BadgeTone } {
  switch (state) {
    case 'draft':
      return { label: 'Unpaid', tone: 'warning' };
    case 'paid':
      return { label: 'Paid', tone: 'ok' };
    case 'invoiced':
      return { label: 'Invoiced', tone: 'info' };
    case 'cancelled':
      return { label: 'Cancelled', tone: 'neutral' };
    default:
      return { label: state, tone: 'neutral' };
  }
}

/** An order's review: none, to review (flagged), or how it was settled. */
export function reviewState(state: string): { label: string; tone: BadgeTone } | null {
  switch (state) {
    case 'to_review':
      return { label: 'To review', tone: 'danger' };
    case 'accepted':
      return { label: 'Accepted', tone: 'neutral' };
    case 'corrected':
      return { label: 'Corrected', tone: 'info' };
    default:
      return null;
  }
}
