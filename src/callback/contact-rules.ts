/**
 * Which of phone and e-mail each contact method needs, and the words for it:
 * the hints beside the two fields and the messages when an answer is missing
 * or cannot be used. The schema checks with {@link contactProblems}, the form
 * shows {@link contactFieldHints}; both come from the one table below.
 */
import { checkPhone, phoneProblemMessages } from '../phone/phone-number.ts';
import type { ContactMethod } from './callback-options.ts';

/** What a contact method needs: a phone that can be called, a mobile phone, an e-mail address, or a mobile phone or an e-mail address. */
export type ContactRequirement = 'phone' | 'mobile' | 'email' | 'mobile-or-email' | 'phone-or-email';

/** The rule: what each method needs. */
export const contactRequirements: Readonly<Record<ContactMethod, ContactRequirement>> = {
  telefon: 'phone',
  sms: 'mobile',
  email: 'email',
  'wideo-pjm': 'mobile-or-email',
  'wideo-sjm': 'mobile-or-email',
  skogn: 'mobile-or-email',
  'osoba-przybrana': 'phone-or-email',
};

/** The hints beside the phone and e-mail fields: exactly when each is needed (kept in step with the table by a unit test). */
export const contactFieldHints = {
  telefon:
    'Potrzebny do rozmowy telefonicznej i SMS-a. Przy tłumaczu języka migowego albo osobie przybranej: telefon albo e-mail. SMS i link wysyłamy tylko na komórkę. Np. 600 100 200.',
  email:
    'Potrzebny, jeśli wybierzesz e-mail. Przy tłumaczu języka migowego albo osobie przybranej podaj adres e-mail albo numer telefonu. Jeśli podasz adres, wyślemy na niego potwierdzenie prośby.',
} as const;

/** Messages for answers that a method cannot use. */
export const contactMessages = {
  phoneMissing: 'Wpisz numer telefonu, pod który mamy zadzwonić',
  mobileMissing: 'Wpisz numer telefonu komórkowego, na który mamy wysłać SMS',
  smsToLandline: 'Na ten numer nie wyślemy SMS-a: potrzebny jest numer komórkowy, np. 600 100 200. Możesz też wybrać rozmowę telefoniczną',
  videoNoContact: 'Wpisz numer telefonu komórkowego albo adres e-mail, żebyśmy mogli wysłać Ci link do połączenia wideo albo potwierdzenie spotkania z tłumaczem',
  videoToLandline: 'Link do połączenia wideo albo potwierdzenie spotkania wyślemy SMS-em tylko na numer komórkowy. Wpisz numer komórkowy, np. 600 100 200, albo adres e-mail',
  emailMissing: 'Wpisz adres e-mail, na który mamy odpisać',
  helperNoContact: 'Wpisz numer telefonu albo adres e-mail, Twój albo osoby, która Ci pomaga, żebyśmy mogli umówić rozmowę albo spotkanie',
} as const;

/** One problem to show on a field. */
export interface FieldProblem {
  field: 'telefon' | 'email';
  message: string;
}

/**
 * What is wrong with the phone and e-mail answers for a contact method (any
 * method, or none, still checks a number that was typed). Whether an
 * address has the form of one is the schema's check.
 */
export function contactProblems(answers: { kontakt?: ContactMethod | undefined; telefon?: string | undefined; email?: string | undefined }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const phone = answers.telefon ? checkPhone(answers.telefon) : undefined;
  if (phone && !phone.ok) problems.push({ field: 'telefon', message: phoneProblemMessages[phone.problem] });
  const need = answers.kontakt ? contactRequirements[answers.kontakt] : undefined;
  if (need === 'phone' && !phone) problems.push({ field: 'telefon', message: contactMessages.phoneMissing });
  if (need === 'mobile') {
    if (!phone) problems.push({ field: 'telefon', message: contactMessages.mobileMissing });
    else if (phone.ok && !phone.mobile) problems.push({ field: 'telefon', message: contactMessages.smsToLandline });
  }
  if (need === 'email' && !answers.email) problems.push({ field: 'email', message: contactMessages.emailMissing });
  if (need === 'mobile-or-email' && !answers.email) {
    if (!phone) problems.push({ field: 'telefon', message: contactMessages.videoNoContact });
    else if (phone.ok && !phone.mobile) problems.push({ field: 'telefon', message: contactMessages.videoToLandline });
  }
  if (need === 'phone-or-email' && !answers.email && !phone) problems.push({ field: 'telefon', message: contactMessages.helperNoContact });
  return problems;
}
