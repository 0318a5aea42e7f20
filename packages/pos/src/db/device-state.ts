import type { TillShop } from '@till/core';
import type { SessionInfo, User } from '../api/types.ts';
import type { TillDb } from './till-db.ts';

/**
 * What the device remembers between page loads, so a reload with the network cut goes straight
 * back to selling: who logged in, which shop and session, this device's login number and its next
 * receipt sequence.
 */
export interface DeviceSession {
  readonly shop_id: number;
  readonly session: SessionInfo;
  readonly login_number: number;
  /** The sequence the next order gets on this login (receipt `…-LLL-NNNN`). */
  readonly next_sequence: number;
}

export interface LoadedVersion {
  readonly shop_id: number;
  readonly version: string;
  readonly complete: boolean;
}

interface DeviceKeys {
  user: User;
  shop: TillShop;
  session: DeviceSession;
  loaded: LoadedVersion;
  boot_id: string;
}

export type DeviceKey = keyof DeviceKeys;

export async function readDevice<K extends DeviceKey>(
  db: TillDb,
  key: K,
): Promise<DeviceKeys[K] | undefined> {
  const row = await db.kv.get(key);
  return row?.value as DeviceKeys[K] | undefined;
}

export async function writeDevice<K extends DeviceKey>(
  db: TillDb,
  key: K,
  value: DeviceKeys[K],
): Promise<void> {
  await db.kv.put({ key, value });
}

export async function forgetDevice(db: TillDb, key: DeviceKey): Promise<void> {
  await db.kv.delete(key);
}
