import { describe, expect, it } from 'vitest';
import { expandOfficeFacts, hoursSentence, segmentsText } from '../../src/content/office-facts.ts';
import { keepTogether } from '../../src/content/keep-together.ts';
import { siteLinkUrl } from '../../src/content/markdown-site-links.ts';
import { weekHours } from '../../src/content/schemas.ts';
import { office } from './helpers/real-content.ts';

const week = (days: Partial<Record<string, { od: string; do: string }[]>>) =>
  weekHours.parse({ poniedzialek: [], wtorek: [], sroda: [], czwartek: [], piatek: [], sobota: [], niedziela: [], ...days });
const h = (od: string, to: string) => [{ od, do: to }];

describe('expandOfficeFacts', () => {
  it('fills the phone in as a tel: link with +48 and the number as the office writes it', () => {
    expect(expandOfficeFacts('Zadzwoń: {{telefon}}.', office)).toEqual([
      { kind: 'text', text: 'Zadzwoń: ' },
      { kind: 'link', href: 'tel:+48862156700', text: office.telefon },
      { kind: 'text', text: '.' },
    ]);
  });

  it('fills the e-mail in as a mailto: link and allows spaces inside the braces', () => {
    expect(expandOfficeFacts('{{ email }}', office)).toEqual([{ kind: 'link', href: `mailto:${office.email}`, text: office.email }]);
  });

  it('keeps the postcode and the town of the address on one line', () => {
    expect(expandOfficeFacts('Adres: {{adres}}', office)).toEqual([
      { kind: 'text', text: `Adres: ${office.adres.ulica}, ` },
      { kind: 'nowrap', text: `${office.adres.kod} ${office.adres.miejscowosc}` },
    ]);
  });

  it('takes the hours and the name from the office record', () => {
    expect(segmentsText(expandOfficeFacts('{{nazwa}} jest otwarty {{godziny}}.', office))).toBe(
      'Urząd Miejski w Łomży jest otwarty w poniedziałek od 8:00 do 16:00, od wtorku do piątku od 7:30 do 15:30.',
    );
  });

  it('leaves an unknown placeholder as written (the checker reports it)', () => {
    expect(segmentsText(expandOfficeFacts('{{telfon}}', office))).toBe('{{telfon}}');
  });
});

describe('hoursSentence', () => {
  it('groups days with the same hours and names the range in the genitive', () => {
    expect(hoursSentence(week({ poniedzialek: h('7:30', '15:30'), wtorek: h('7:30', '15:30'), sroda: h('7:30', '15:30'), czwartek: h('7:30', '15:30'), piatek: h('7:30', '15:30') }))).toBe('od poniedziałku do piątku od 7:30 do 15:30');
  });

  it('names a single day and two neighbouring days with "w"/"we"', () => {
    expect(hoursSentence(week({ wtorek: h('8:00', '12:00'), sroda: h('8:00', '12:00'), sobota: h('9:00', '11:00') }))).toBe('we wtorek i w środę od 8:00 do 12:00, w sobotę od 9:00 do 11:00');
  });

  it('does not join days with different hours or days across a closed day', () => {
    expect(hoursSentence(week({ poniedzialek: h('8:00', '16:00'), sroda: h('8:00', '16:00') }))).toBe('w poniedziałek od 8:00 do 16:00, w środę od 8:00 do 16:00');
  });

  it('lists two intervals of one day in order', () => {
    expect(hoursSentence(week({ piatek: [{ od: '13:00', do: '15:00' }, { od: '8:00', do: '12:00' }] }))).toBe('w piątek od 8:00 do 12:00 i od 13:00 do 15:00');
  });
});

describe('keepTogether', () => {
  it('marks phone numbers and a postcode with its town', () => {
    expect(keepTogether('Tel. 86 215 67 00 lub +48 600 100 200, 00-014 Warszawa.').filter((r) => r.kind === 'nowrap').map((r) => r.text)).toEqual(['86 215 67 00', '+48 600 100 200', '00-014 Warszawa']);
  });

  it('leaves dates, years and short numbers alone', () => {
    expect(keepTogether('Od 2026-11-25, w ciągu 7 dni, art. 14 ust. 3, 2 miesiące.')).toEqual([{ kind: 'text', text: 'Od 2026-11-25, w ciągu 7 dni, art. 14 ust. 3, 2 miesiące.' }]);
  });
});

describe('siteLinkUrl', () => {
  it('puts the base path before a link to a page of the site', () => {
    expect(siteLinkUrl('oddzwonimy/', '/bip/deklaracja-dostepnosci/')).toBe('/bip/deklaracja-dostepnosci/oddzwonimy/');
    expect(siteLinkUrl('/deklaracja-dostepnosci/#a11y-status', '/')).toBe('/deklaracja-dostepnosci/#a11y-status');
  });

  it('leaves full addresses, mailto:, tel: and fragments as written', () => {
    for (const url of ['https://uodo.gov.pl/', 'mailto:a@b.example', 'tel:+48862156700', '#tresc']) expect(siteLinkUrl(url, '/bip/')).toBe(url);
  });
});

describe('the Markdown plugins, as the build runs them', () => {
  it('fill in every placeholder, text-only ones included, keep line breaks and give site links the base path', async () => {
    const { markdownToHtml } = await import('satteri');
    const { officeFacts } = await import('../../src/content/markdown-office-facts.ts');
    const { siteLinks } = await import('../../src/content/markdown-site-links.ts');
    const { lineBreaks } = await import('../../src/content/markdown-line-breaks.ts');
    const md = '![Zegar.](./z.svg)\nOtwarte {{godziny}}.\nTelefon: {{telefon}}, {{adres}}.\n\n[Formularz](oddzwonimy/)\n';
    const result = await markdownToHtml(md, { mdastPlugins: [officeFacts(() => office), siteLinks('/bip/'), lineBreaks] });
    const html = typeof result === 'string' ? result : (result as { html: string }).html;
    expect(html).not.toContain('{{');
    expect(html).toContain('Otwarte w poniedziałek od 8:00 do 16:00, od wtorku do piątku od 7:30 do 15:30.<br>');
    expect(html).toContain('<a href="tel:+48862156700">86 215 67 00</a>');
    expect(html).toContain('<span class="nowrap">18-400 Łomża</span>');
    expect(html).toContain('<a href="/bip/oddzwonimy/">Formularz</a>');
  });
});
