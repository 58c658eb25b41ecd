/** A rendered-mail context and a sample request, shared by the mail rendering and MIME tests. */
import type { CallbackRequest } from '../../../src/callback/callback-request.ts';
import type { MailContext } from '../../../src/mail/mail-context.ts';
import { contactWordsOfContent, procedure } from './real-content.ts';

export const PROCEDURE_URL = 'https://www.lomza.pl/bip/deklaracja-dostepnosci/procedura-obslugi-telefonicznej/';

/** The office's mail context with the real procedure. */
export const ctx: MailContext = {
  officeName: 'Urząd Miejski w Łomży',
  officePhone: '86 215 67 00',
  procedure,
  procedureUrl: PROCEDURE_URL,
  fromAddress: 'oddzwonimy@lomza.example',
  messageIdHost: 'lomza.example',
  contactWords: contactWordsOfContent,
};

/** Anna asks for a call on Wednesday 2 December 2026, 10:00–12:00 in Łomża (CET = UTC+1). */
export function request(changes: Partial<CallbackRequest> = {}): CallbackRequest {
  return {
    reference: 'K7M-4PX',
    createdAt: '2026-12-01T08:05:00.000Z',
    topic: { id: 'podatki-lokalne', name: 'Podatki i opłaty lokalne' },
    unit: { id: 'finanse', name: 'Wydział Finansowy', phone: '86 215 67 21', emails: ['podatki@lomza.example'] },
    description: 'Chcę zapytać o ratę podatku od nieruchomości.',
    name: 'Anna Kowalska',
    contact: { method: 'telefon', phone: '+48600100200', email: 'anna.kowalska@example.com' },
    when: {
      kind: 'slot',
      date: '2026-12-02',
      part: 'przed-poludniem',
      start: '2026-12-02T09:00:00.000Z',
      end: '2026-12-02T11:00:00.000Z',
      label: 'środa, 2 grudnia, przed południem (10:00–12:00)',
    },
    deadline: '2026-12-02T11:00:00.000Z',
    deadlineLabel: 'w środę, 2 grudnia 2026 r., do godz. 12:00',
    needs: ['wolniej', 'prosty-jezyk'],
    ...changes,
  };
}
