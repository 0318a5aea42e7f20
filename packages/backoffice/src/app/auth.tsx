import { createContext, useContext } from 'react';
import type { User } from '../api/types.ts';

export interface AuthState {
  readonly user: User;
  readonly logout: () => void;
}

export const AuthContext = createContext<AuthState | null>(null);

/** The logged-in user; every screen below the login has one. */
export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside the logged-in app');
  return auth;
}
