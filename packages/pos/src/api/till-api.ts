import type { SyncRequest, SyncResponse, TillCustomer } from '@till/core';
import type { ApiResult, HttpClient } from './http.ts';
import type {
  ClosingData,
  CloseBody,
  CustomerFields,
  Employee,
  JoinAnswer,
  LoginAnswer,
  OrderDetail,
  OrderList,
  OrderQuery,
  SessionInfo,
  ShopSummary,
  User,
} from './types.ts';

/** Every endpoint the till calls, typed. Screens and loops use this, never `fetch`. */
export function createTillApi(http: HttpClient) {
  return {
    http,
    health: () => http.get<{ status: 'ok'; boot_id: string }>('/api/health', { timeoutMs: 5_000 }),

    login: async (login: string, password: string): Promise<ApiResult<LoginAnswer>> => {
      const r = await http.post<LoginAnswer>('/api/auth/login', { login, password });
      if (r.ok) http.setCsrfToken(r.value.csrf_token);
      return r;
    },
    me: async (): Promise<ApiResult<{ user: User; csrf_token?: string }>> => {
      const r = await http.get<{ user: User; csrf_token?: string }>('/api/auth/me', { timeoutMs: 8_000 });
      if (r.ok && r.value.csrf_token) http.setCsrfToken(r.value.csrf_token);
      return r;
    },
    logout: () => http.post<{ ok: true }>('/api/auth/logout', {}),

    shops: () => http.get<ShopSummary[]>('/api/shops'),
    employeeLogin: (shopId: number, employeeId: number, pin: string) =>
      http.post<{ employee: Employee }>(`/api/shops/${shopId}/employee-login`, {
        employee_id: employeeId,
        pin,
      }),

    /** Opening also joins: the answer carries this device's login number. */
    openSession: (shopId: number, openingCash: string, notes: string) =>
      http.post<{ session: SessionInfo; login_number?: number }>(`/api/shops/${shopId}/sessions`, {
        opening_cash: openingCash,
        notes,
      }),
    session: (sessionId: number) => http.get<SessionInfo>(`/api/sessions/${sessionId}`),
    joinSession: (sessionId: number) => http.post<JoinAnswer>(`/api/sessions/${sessionId}/join`, {}),
    cashMove: (sessionId: number, type: 'in' | 'out', amount: string, reason: string) =>
      http.post<unknown>(`/api/sessions/${sessionId}/cash-moves`, { type, amount, reason }),
    closingData: (sessionId: number) => http.get<ClosingData>(`/api/sessions/${sessionId}/closing`),
    closeSession: (sessionId: number, body: CloseBody) =>
      http.post<unknown>(`/api/sessions/${sessionId}/close`, body, { timeoutMs: 60_000 }),

    /** The server wants the shop of the batch besides the protocol's fields. */
    syncOrders: (shopId: number, request: SyncRequest) =>
      http.post<SyncResponse>('/api/orders/sync', { ...request, shop_id: shopId }, { timeoutMs: 30_000 }),
    orders: (query: OrderQuery) => http.get<OrderList>(`/api/orders${toQueryString(query)}`),
    order: (id: number) => http.get<OrderDetail>(`/api/orders/${id}`),

    createCustomer: (shopId: number, uid: string, fields: CustomerFields) =>
      http.post<{ customer: TillCustomer }>(`/api/shops/${shopId}/customers`, { uid, ...fields }),
    updateCustomer: (id: number, fields: CustomerFields) =>
      http.put<{ customer: TillCustomer }>(`/api/customers/${id}`, fields),
  };
}

export type TillApi = ReturnType<typeof createTillApi>;

export function toQueryString(query: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
