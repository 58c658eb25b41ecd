/**
 * The Polish report of `npm run mail:test` (scripts/send-test-mail.ts): what
 * happened to the test e-mail (src/mail/operator-test-mail.tsx): accepted by
 * the SMTP server (with its answer), written to a file (with the path), or
 * the error with its likely fix. Pure: no I/O here.
 */
import type { MailDelivery } from './mail-message.ts';

/** The report of a delivered test message, in Polish, one fact a line. */
export function describeDelivery(delivery: MailDelivery | undefined, to: string, transportDescription: string): string {
  if (delivery?.kind === 'file') {
    return [
      `Zapisano wiadomość próbną do pliku: ${delivery.path}`,
      'Nie ustawiono SMTP_URL, więc poczta trafia do plików .eml (otworzysz je programem pocztowym).',
      'Żeby wysyłać naprawdę, ustaw SMTP_URL (README, rozdział „Configuration”).',
    ].join('\n');
  }
  if (delivery?.kind === 'smtp') {
    return [
      `${capitalise(transportDescription)} przyjął wiadomość próbną do ${to}.`,
      `Odpowiedź serwera: ${delivery.response}`,
      'To znaczy, że serwer przyjął ją do doręczenia, a nie że już dotarła: sprawdź skrzynkę adresata (także folder spamu).',
    ].join('\n');
  }
  return `Wysłano wiadomość próbną do ${to} przez: ${transportDescription}.`;
}

/** The parts of a nodemailer or Node error this report reads. */
interface SendError {
  code?: string;
  responseCode?: number;
  command?: string;
  response?: string;
  message?: string;
}

/** Why sending failed and the likely fix, in Polish; `smtpUrl` is the configured one (its password is never shown). */
export function explainSendError(error: unknown, smtpUrl: string | undefined): string {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as SendError;
  const message = (e.message ?? '').split('\n')[0]!.trim();
  const url = smtpUrl ? new URL(smtpUrl) : undefined;
  const server = url ? `${url.hostname}${url.port ? `:${url.port}` : ''}` : '';
  const answer = e.response ?? message;
  const said = (text: string) => `${text}\nBłąd: ${[e.code, answer].filter(Boolean).join(' ')}`;

  if (!url) return said('Nie udało się zapisać pliku z wiadomością: sprawdź, czy DATA_DIR istnieje i czy serwer może w nim pisać.');
  if (e.code === 'EAUTH') {
    return said('Serwer poczty odrzucił logowanie: sprawdź nazwę użytkownika i hasło w SMTP_URL. Znaki @ : / ? # % w haśle muszą być zakodowane (np. @ → %40, / → %2F).');
  }
  if (e.code === 'EENVELOPE' && e.responseCode === 530) {
    return said('Serwer poczty wymaga logowania: dopisz użytkownika i hasło do SMTP_URL (smtp://użytkownik:hasło@serwer:587).');
  }
  if (e.code === 'EENVELOPE' && e.command === 'MAIL FROM') {
    return said('Serwer poczty nie przyjął nadawcy: ustaw MAIL_FROM na adres, z którego to konto może wysyłać.');
  }
  if (e.code === 'EENVELOPE') {
    return said('Serwer poczty nie przyjął adresata: sprawdź adres; niektóre serwery przyjmują tylko adresy we własnej domenie albo od nadawcy z MAIL_FROM.');
  }
  if (e.code === 'EDNS' || /ENOTFOUND|EAI_AGAIN/.test(message)) {
    return said(
      `Nie znaleziono serwera „${url.hostname}”: sprawdź jego nazwę w SMTP_URL i DNS tej maszyny. Jeśli ta nazwa to kawałek hasła, zakoduj w haśle znaki @ : / (np. @ → %40).`,
    );
  }
  if (/ECONNREFUSED/.test(message)) {
    return said(`Serwer ${server} odmówił połączenia: sprawdź port (zwykle 587 dla smtp://, 465 dla smtps://) i czy zapora pozwala się z nim łączyć.`);
  }
  if (/wrong version number|packet length too long|unknown protocol/i.test(message)) {
    return said(`smtps:// szyfruje od pierwszego bajtu, a serwer ${server} tak nie działa (port 587 lub 25 używa STARTTLS): użyj smtp://…:587.`);
  }
  if (/Greeting never received/i.test(message)) {
    return said(
      url.protocol === 'smtp:' && url.port === '465'
        ? 'Port 465 szyfruje od pierwszego bajtu: użyj smtps://…:465 (albo smtp://…:587 ze STARTTLS).'
        : `Serwer ${server} połączył się, ale się nie przywitał: sprawdź port; 465 wymaga smtps://, a 587 smtp://.`,
    );
  }
  if (/certificate has expired|CERT_HAS_EXPIRED/i.test(`${message} ${e.code ?? ''}`)) {
    return said('Certyfikat serwera poczty wygasł: zgłoś to administratorowi serwera poczty.');
  }
  if (/altnames|ERR_TLS_CERT_ALTNAME_INVALID/i.test(`${message} ${e.code ?? ''}`)) {
    return said(`Certyfikat serwera nie jest wystawiony na „${url.hostname}”: wpisz w SMTP_URL nazwę serwera z certyfikatu (nie adres IP).`);
  }
  if (/self[- ]signed|unable to (verify|get local issuer)|SELF_SIGNED|UNABLE_TO_/i.test(`${message} ${e.code ?? ''}`)) {
    return said(
      'Certyfikatu serwera poczty nie wystawił żaden znany urząd certyfikacji. Jeśli urząd ma własny (prywatny) CA, wskaż plik PEM z jego certyfikatem: NODE_EXTRA_CA_CERTS=/ścieżka/ca.pem (tak samo przy npm run serve).',
    );
  }
  if (e.code === 'ETLS') {
    return said(`Serwer ${server} nie zestawił szyfrowania STARTTLS: sprawdź port i protokół (587 z smtp://, 465 z smtps://).`);
  }
  if (e.code === 'ETIMEDOUT' || /timeout/i.test(message)) {
    return said(`Serwer ${server} nie odpowiedział na czas: sprawdź nazwę i port w SMTP_URL oraz czy zapora pozwala się z nim łączyć.`);
  }
  return said(`Nie udało się wysłać przez serwer ${server}: sprawdź SMTP_URL (README, rozdział „Configuration”).`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
