/** One row of the register as the database gives it: a request's facts and, while it is stored, its reference. */

export interface RegisterRow {
  id: number;
  /** The request, while it is stored. */
  request_id: number | null;
  reference: string | null;
  kind: string;
  law: string;
  channel_asked: string;
  channel_used: string | null;
  unit_id: string;
  topic_id: string;
  received_at: string;
  deadline_at: string;
  due_at: string;
  first_contact_at: string | null;
  first_contact_minutes: number | null;
  closed_at: string | null;
  state: string;
  outcome: string | null;
  extended_to: string | null;
  attempts: number;
  on_time: number | null;
}

