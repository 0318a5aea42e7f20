import { http } from '../../api/client.ts';

export interface DashboardSession {
  readonly id: number;
  readonly name: string;
  readonly state: string;
  readonly opened_at: string | null;
  readonly opened_by_name: string | null;
  readonly sellers: readonly string[];
  readonly orders_count: number;
  readonly total: string;
}

export interface DashboardShop {
  readonly id: number;
  readonly name: string;
  readonly currency: string;
  readonly session: DashboardSession | null;
  readonly open_rescue_sessions: number;
  readonly today: { readonly orders: number; readonly total: string; readonly currency: string };
}

export const loadDashboard = () => http.get<{ shops: DashboardShop[] }>('/api/dashboard');
