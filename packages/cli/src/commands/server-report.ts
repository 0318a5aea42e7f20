import type { DemoLogin, DemoReport } from '@till/server';

/** How to log in, said once after seeding: passwords are hashed and cannot be shown again. */
export function formatLogins(logins: readonly DemoLogin[]): string[] {
  return logins.map((l) =>
    l.fromEnv
      ? `  ${l.login.padEnd(8)} (${l.role}): password from the environment`
      : `  ${l.login.padEnd(8)} (${l.role}): password ${l.password}`,
  );
}

export function formatDemoReport(report: DemoReport): string {
  return [
    `Demo data: shops ${report.shops.join(' and ')}, ${report.products} products, ${report.customers} customers.`,
    'Back-office logins (shown only now; write them down):',
    ...formatLogins(report.logins),
    'Employees at the till (PINs shown only now):',
    ...report.employees.map(
      (e) => `  ${e.name.padEnd(14)} ${e.role.padEnd(8)} PIN ${e.pin}  (${e.shops.join(', ')})`,
    ),
  ].join('\n');
}
