/**
 * The test e-mail and the Polish report of `npm run mail:test`: each failure
 * an operator meets (errors as nodemailer raises them) gets its likely fix;
 * the message says what it is in both parts.
 */
import { describe, expect, it } from 'vitest';
import { describeDelivery, explainSendError } from '../../src/mail/delivery-report.ts';
import { testMailMessage } from '../../src/mail/operator-test-mail.tsx';
import { missingFacts } from './helpers/mail-facts.ts';

/** The fields nodemailer sets on its errors. */
interface NodemailerError {
  code: string;
  responseCode?: number;
  command?: string;
  response?: string;
  message?: string;
}

const PASSWORD = 's3kr3t';
const URL_587 = `smtp://oddzwonimy:${PASSWORD}@mail.lomza.example:587`;

const cases: [name: string, smtpUrl: string | undefined, error: NodemailerError, report: string][] = [
  ['wrong password', URL_587, { code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN', response: '535 Invalid username or password' }, 'Serwer poczty odrzucił logowanie: sprawdź nazwę użytkownika i hasło w SMTP_URL. Znaki @ : / ? # % w haśle muszą być zakodowane (np. @ → %40, / → %2F).\nBłąd: EAUTH 535 Invalid username or password'],
  ['no login', 'smtp://mail.lomza.example:587', { code: 'EENVELOPE', responseCode: 530, command: 'MAIL FROM', response: '530 Error: authentication Required' }, 'Serwer poczty wymaga logowania: dopisz użytkownika i hasło do SMTP_URL (smtp://użytkownik:hasło@serwer:587).\nBłąd: EENVELOPE 530 Error: authentication Required'],
  ['sender refused', URL_587, { code: 'EENVELOPE', responseCode: 553, command: 'MAIL FROM', response: '553 Sender address rejected' }, 'Serwer poczty nie przyjął nadawcy: ustaw MAIL_FROM na adres, z którego to konto może wysyłać.\nBłąd: EENVELOPE 553 Sender address rejected'],
  ['recipient refused', URL_587, { code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO', response: '550 Mailbox unavailable' }, 'Serwer poczty nie przyjął adresata: sprawdź adres; niektóre serwery przyjmują tylko adresy we własnej domenie albo od nadawcy z MAIL_FROM.\nBłąd: EENVELOPE 550 Mailbox unavailable'],
  ['unknown host', URL_587, { code: 'EDNS', command: 'CONN', message: 'getaddrinfo ENOTFOUND mail.lomza.example' }, 'Nie znaleziono serwera „mail.lomza.example”: sprawdź jego nazwę w SMTP_URL i DNS tej maszyny. Jeśli ta nazwa to kawałek hasła, zakoduj w haśle znaki @ : / (np. @ → %40).\nBłąd: EDNS getaddrinfo ENOTFOUND mail.lomza.example'],
  ['port closed', URL_587, { code: 'ESOCKET', command: 'CONN', message: 'connect ECONNREFUSED 10.0.0.5:587' }, 'Serwer mail.lomza.example:587 odmówił połączenia: sprawdź port (zwykle 587 dla smtp://, 465 dla smtps://) i czy zapora pozwala się z nim łączyć.\nBłąd: ESOCKET connect ECONNREFUSED 10.0.0.5:587'],
  ['smtps:// on 587', 'smtps://mail.lomza.example:587', { code: 'ESOCKET', command: 'CONN', message: '40AD8C7BAC7F0000:error:0A00010B:SSL routines:tls_validate_record_header:wrong version number:../deps/openssl/openssl/ssl/record/methods/tlsany_meth.c:77:\n' }, 'smtps:// szyfruje od pierwszego bajtu, a serwer mail.lomza.example:587 tak nie działa (port 587 lub 25 używa STARTTLS): użyj smtp://…:587.'],
  ['smtp:// on 465', 'smtp://mail.lomza.example:465', { code: 'ETIMEDOUT', command: 'CONN', message: 'Greeting never received' }, 'Port 465 szyfruje od pierwszego bajtu: użyj smtps://…:465 (albo smtp://…:587 ze STARTTLS).\nBłąd: ETIMEDOUT Greeting never received'],
  ['private CA', 'smtps://mail.lomza.example:465', { code: 'ESOCKET', command: 'CONN', message: 'self-signed certificate in certificate chain' }, 'Certyfikatu serwera poczty nie wystawił żaden znany urząd certyfikacji. Jeśli urząd ma własny (prywatny) CA, wskaż plik PEM z jego certyfikatem: NODE_EXTRA_CA_CERTS=/ścieżka/ca.pem (tak samo przy npm run serve).\nBłąd: ESOCKET self-signed certificate in certificate chain'],
  ['intermediate missing', URL_587, { code: 'ESOCKET', command: 'CONN', message: 'unable to verify the first certificate' }, 'Certyfikatu serwera poczty nie wystawił'],
  ['name mismatch', 'smtps://10.0.0.5:465', { code: 'ESOCKET', command: 'CONN', message: "Hostname/IP does not match certificate's altnames: IP: 10.0.0.5 is not in the cert's list: " }, 'Certyfikat serwera nie jest wystawiony na „10.0.0.5”: wpisz w SMTP_URL nazwę serwera z certyfikatu (nie adres IP).'],
  ['expired', URL_587, { code: 'ESOCKET', command: 'CONN', message: 'certificate has expired' }, 'Certyfikat serwera poczty wygasł: zgłoś to administratorowi serwera poczty.'],
  ['no STARTTLS', `${URL_587}?requireTLS=true`, { code: 'ETLS', responseCode: 500, command: 'STARTTLS', message: 'Error upgrading connection with STARTTLS: 500 Error: command not recognized' }, 'Serwer mail.lomza.example:587 nie zestawił szyfrowania STARTTLS: sprawdź port i protokół (587 z smtp://, 465 z smtps://).'],
  ['silent server', URL_587, { code: 'ETIMEDOUT', command: 'CONN', message: 'Connection timeout' }, 'Serwer mail.lomza.example:587 nie odpowiedział na czas: sprawdź nazwę i port w SMTP_URL oraz czy zapora pozwala się z nim łączyć.'],
  ['anything else', URL_587, { code: 'EMESSAGE', message: 'Something odd' }, 'Nie udało się wysłać przez serwer mail.lomza.example:587: sprawdź SMTP_URL (README, rozdział „Configuration”).\nBłąd: EMESSAGE Something odd'],
  ['file not writable', undefined, { code: 'EACCES', message: "EACCES: permission denied, open 'data/outbox-eml/x.eml.tmp'" }, 'Nie udało się zapisać pliku z wiadomością: sprawdź, czy DATA_DIR istnieje i czy serwer może w nim pisać.'],
];

describe('explainSendError', () => {
  it.each(cases)('%s', (_case, url, error, expected) => {
    const report = explainSendError(Object.assign(new Error(error.message ?? error.response), error), url);
    expect(report.startsWith(expected)).toBe(true);
    expect(report).not.toContain(PASSWORD);
  });
});

describe('the test message and its report', () => {
  const message = testMailMessage({ to: 'sekretariat@lomza.example', messageIdHost: 'lomza.example', id: '1.ab', now: new Date('2026-12-01T09:00:00Z'), transportDescription: 'serwer SMTP mail.lomza.example:587' });

  it('says what it is, in both parts, with a Message-ID in the sender’s domain', () => {
    expect(message.messageId).toBe('<test.1.ab@lomza.example>');
    expect(message.to).toEqual(['sekretariat@lomza.example']);
    expect(message.subject).toBe('Wiadomość próbna serwisu Oddzwonimy');
    expect(message.text).toContain('To jest wiadomość próbna serwisu „Oddzwonimy”.');
    expect(message.text).toContain('npm run mail:test (2026-12-01T09:00:00.000Z) przez: serwer SMTP mail.lomza.example:587');
    expect(missingFacts(message.text, message.html)).toEqual([]);
    expect(message.html).toMatch(/^<!doctype html><html lang="pl">/);
  });

  it('reports the SMTP answer, or the file path', () => {
    expect(describeDelivery({ kind: 'smtp', response: '250 2.0.0 Ok: queued as 4F1', accepted: ['sekretariat@lomza.example'], rejected: [] }, 'sekretariat@lomza.example', 'serwer SMTP mail.lomza.example:587')).toBe(
      'Serwer SMTP mail.lomza.example:587 przyjął wiadomość próbną do sekretariat@lomza.example.\nOdpowiedź serwera: 250 2.0.0 Ok: queued as 4F1\nTo znaczy, że serwer przyjął ją do doręczenia, a nie że już dotarła: sprawdź skrzynkę adresata (także folder spamu).',
    );
    expect(describeDelivery({ kind: 'file', path: 'data/outbox-eml/test.1.ab@lomza.example.eml' }, 'sekretariat@lomza.example', 'pliki .eml w data/outbox-eml')).toMatch(
      /^Zapisano wiadomość próbną do pliku: data\/outbox-eml\/test\.1\.ab@lomza\.example\.eml\n/,
    );
  });
});
