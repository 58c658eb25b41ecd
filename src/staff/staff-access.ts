/**
 * Who may sign in to the staff lists and what they see: every address of a
 * unit in `content/jednostki.yaml` sees that unit's requests; the Punkt
 * Obsługi Mieszkańców (the fallback unit) and the accessibility coordinator
 * see every unit's and can find any request by its reference. Pure.
 */
import type { Unit } from '../content/schemas.ts';

/** What one signed-in address may see. */
export interface StaffAccess {
  email: string;
  /** Units whose lists the address sees. */
  unitIds: string[];
  /** Sees every unit and searches by reference (POM, the coordinator). */
  everyUnit: boolean;
}

/** An address as compared: trimmed, lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The access of `email`, or `undefined` when it may not sign in. */
export function accessFor(email: string, units: readonly Unit[], coordinatorEmail: string, fallbackUnitId: string): StaffAccess | undefined {
  const e = normaliseEmail(email);
  const mine = units.filter((u) => u.email.some((a) => normaliseEmail(a) === e));
  const coordinator = normaliseEmail(coordinatorEmail) === e;
  if (mine.length === 0 && !coordinator) return undefined;
  const everyUnit = coordinator || mine.some((u) => u.id === fallbackUnitId);
  return { email: e, unitIds: everyUnit ? units.map((u) => u.id) : mine.map((u) => u.id), everyUnit };
}
