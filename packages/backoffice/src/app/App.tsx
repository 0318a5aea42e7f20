import { useCallback, useEffect, useMemo, useState } from 'react';
import { Router } from 'wouter';
import { logout, me } from '../api/auth.ts';
import { http } from '../api/client.ts';
import type { User } from '../api/types.ts';
import { LoginPage } from '../routes/login/LoginPage.tsx';
import { AuthContext } from './auth.tsx';
import { Layout } from './Layout.tsx';
import { AppRoutes } from './AppRoutes.tsx';

type Gate = { state: 'checking' } | { state: 'out'; expired?: boolean } | { state: 'in'; user: User };

/** Asks the server who is logged in, shows the login until someone is, then the app. */
export function App() {
  const [gate, setGate] = useState<Gate>({ state: 'checking' });

  useEffect(() => {
    void me().then((r) => setGate(r.ok ? { state: 'in', user: r.value.user } : { state: 'out' }));
    // A 401 on any later request (the session ended elsewhere) brings the login back.
    http.onUnauthorized = () => setGate({ state: 'out', expired: true });
  }, []);

  const signOut = useCallback(() => {
    void logout().then(() => setGate({ state: 'out' }));
  }, []);
  const auth = useMemo(
    () => (gate.state === 'in' ? { user: gate.user, logout: signOut } : null),
    [gate, signOut],
  );

  if (gate.state === 'checking') return <div className="boot" aria-busy="true" />;
  if (gate.state === 'out' || !auth)
    return (
      <LoginPage
        expired={gate.state === 'out' && gate.expired === true}
        onLoggedIn={(user) => setGate({ state: 'in', user })}
      />
    );
  return (
    <AuthContext.Provider value={auth}>
      <Router base="/backoffice">
        <Layout>
          <AppRoutes />
        </Layout>
      </Router>
    </AuthContext.Provider>
  );
}
