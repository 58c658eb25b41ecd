/**
 * Typed access to the single-record collections (office, procedure, statement).
 * Content is fixed for the life of a build, so each record is read once per
 * process: `getEntry` imports the collection's data module on every call,
 * which every staff page (its layout names the office) would pay.
 */
import { getEntry } from 'astro:content';

/** `read` once; later calls share its promise. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= read());
}

/** The office record from `content/urzad.yaml`. */
export const getOffice = once(async () => {
  const entry = await getEntry('office', 'main');
  if (!entry) throw new Error('Brak danych urzędu (content/urzad.yaml)');
  return entry.data;
});

/** The procedure from `content/procedura.yaml`. */
export const getProcedure = once(async () => {
  const entry = await getEntry('procedure', 'main');
  if (!entry) throw new Error('Brak procedury (content/procedura.yaml)');
  return entry.data;
});

/** The accessibility statement's data from `content/deklaracja.yaml`. */
export const getStatement = once(async () => {
  const entry = await getEntry('statement', 'main');
  if (!entry) throw new Error('Brak danych deklaracji dostępności (content/deklaracja.yaml)');
  return entry.data;
});

/** The letter templates from `content/pisma.yaml`, read once per process. */
export const getLetters = once(async () => {
  const entry = await getEntry('letters', 'main');
  if (!entry) throw new Error('Brak szablonów pism (content/pisma.yaml)');
  return entry.data;
});
