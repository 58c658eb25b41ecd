/**
 * A callback request as the office keeps it: the resident's answers after
 * validation, plus what the server decided (unit, slot, deadline). This is
 * the `payload` stored with the request and the input of every e-mail.
 */
import type { ContactMethod, ContactNeed, DayPart } from './callback-options.ts';

/** A stored callback request. */
export interface CallbackRequest {
  /** Reference number, e.g. `K7M-4PX`. */
  reference: string;
  /** When it was accepted (ISO instant). */
  createdAt: string;
  topic: { id: string; name: string };
  /** The unit that handles it. */
  unit: { id: string; name: string; phone: string; emails: string[] };
  description?: string;
  /** The resident's name, as they wrote it. */
  name: string;
  /** The person the resident asks for, when not themselves. */
  onBehalfOf?: { name: string; relation?: string };
  contact: {
    method: ContactMethod;
    /** E.164 phone number. */
    phone?: string;
    email?: string;
  };
  when: {
    kind: 'asap' | 'any' | 'slot';
    /** Chosen date (`RRRR-MM-DD`) for a slot. */
    date?: string;
    part?: DayPart;
    /** Agreed window (ISO instants) for a slot. */
    start?: string;
    end?: string;
    /** The choice in words, e.g. "wtorek, 1 grudnia, przed południem (10:00–12:00)". */
    label: string;
  };
  /** Latest time to make contact (ISO instant). */
  deadline: string;
  /** The deadline in words: "we wtorek, 1 grudnia 2026 r., do godz. 15:30". */
  deadlineLabel: string;
  needs: ContactNeed[];
  needsText?: string;
}
