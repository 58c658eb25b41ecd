import { describe, expect, it } from 'vitest';
import { routeTopic } from '../../src/callback/routing.ts';
import { topics, units } from './helpers/real-content.ts';

const OTHER = { id: 'inna', name: 'Inna sprawa albo nie wiem, której sprawy to dotyczy' };

describe('routeTopic with the real content', () => {
  it.each([
    ['podatki-lokalne', 'Podatki i opłaty lokalne', 'finanse'],
    ['odpady', 'Odbiór odpadów i opłata za odpady', 'gospodarka-komunalna'],
    ['dowod-osobisty', 'Dowód osobisty', 'sprawy-obywatelskie'],
    ['meldunek', 'Zameldowanie i wymeldowanie', 'sprawy-obywatelskie'],
    ['akty-stanu-cywilnego', 'Akty urodzenia, małżeństwa i zgonu', 'usc'],
    ['slub', 'Ślub cywilny', 'usc'],
    ['karta-duzej-rodziny', 'Karta Dużej Rodziny', 'sprawy-spoleczne'],
    ['lomzynska-karta-seniora', 'Łomżyńska Karta Seniora', 'sprawy-spoleczne'],
  ])('sends "%s" (%s) to the unit "%s"', (topicId, topicName, unitId) => {
    const route = routeTopic(topicId, topics, units);
    expect(route.topic).toEqual({ id: topicId, name: topicName });
    expect(route.unit.id).toBe(unitId);
  });

  it('hands over the whole unit, with its e-mail addresses and phone', () => {
    const route = routeTopic('podatki-lokalne', topics, units);
    expect(route.unit).toMatchObject({ id: 'finanse', nazwa: 'Wydział Finansowy', email: ['podatki@lomza.example'], telefon: '86 215 67 21' });
  });

  it.each([
    ['"inna" (other / I do not know)', 'inna'],
    ['an unknown topic', 'nie-ma-takiej-sprawy'],
    ['no topic at all', undefined],
    ['an empty topic', ''],
  ])('sends %s to Punkt Obsługi Mieszkańców as "other"', (_what, topicId) => {
    const route = routeTopic(topicId, topics, units);
    expect(route.topic).toEqual(OTHER);
    expect(route.unit.id).toBe('pom');
    expect(route.unit.email).toEqual(['pom@lomza.example']);
  });

  it('keeps the topic but sends it to "pom" when its unit is not in the list', () => {
    const withoutFinance = units.filter((u) => u.id !== 'finanse');
    const route = routeTopic('podatki-lokalne', topics, withoutFinance);
    expect(route.topic).toEqual({ id: 'podatki-lokalne', name: 'Podatki i opłaty lokalne' });
    expect(route.unit.id).toBe('pom');
  });

  it('refuses to route anything when there is no "pom" unit', () => {
    const withoutPom = units.filter((u) => u.id !== 'pom');
    expect(() => routeTopic('podatki-lokalne', topics, withoutPom)).toThrow('Brak jednostki „pom” w treściach');
    expect(() => routeTopic(undefined, topics, withoutPom)).toThrow('Brak jednostki „pom” w treściach');
  });
});
