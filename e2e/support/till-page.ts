import type { Page } from 'playwright-core';

const PIN_LINE = /^\s+(.+?)\s{2,}(?:manager|cashier)\s+PIN (\d+)/gm;

/** The demo's employees and their PINs, as `till start` prints them once, in order. */
export function demoPins(output: string): { name: string; pin: string }[] {
  return [...output.matchAll(PIN_LINE)].map((m) => ({ name: m[1]!.trim(), pin: m[2]! }));
}

/** The demo employee whose name starts with `prefix` ("Claire"), and the PIN printed for them. */
export function demoPin(output: string, prefix: string): { name: string; pin: string } {
  const found = demoPins(output).find((e) => e.name.startsWith(prefix));
  if (!found) throw new Error(`no PIN printed for ${prefix}:\n${output}`);
  return found;
}

/** Goes to a web app (`/pos/` or `/backoffice/`) and logs in with a back-office user. */
export async function logIn(page: Page, url: string, password: string, login = 'admin'): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Login').fill(login);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** On the till's "Who is selling?" screen: picks the employee, types the PIN, waits for the till. */
export async function unlock(page: Page, who: { name: string; pin: string }): Promise<void> {
  await page.getByRole('button', { name: new RegExp(who.name) }).click();
  for (const d of who.pin) await page.getByRole('button', { name: d, exact: true }).click();
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('button', { name: 'Payment' }).waitFor();
}
