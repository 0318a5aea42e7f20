/** What every list route answers. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly limit?: number;
  readonly offset?: number;
}

export type Role = 'admin' | 'manager' | 'cashier';

export interface User {
  readonly id: number;
  readonly login: string;
  readonly name: string;
  readonly role: Role;
}

export interface LoginAnswer {
  readonly user: User;
  readonly csrf_token: string;
}
