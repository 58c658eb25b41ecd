/** Typed access to the single-record collections (office, procedure, statement). */
import { getEntry } from 'astro:content';

/** The office record from `content/urzad.yaml`. */
export async function getOffice() {
  const entry = await getEntry('office', 'main');
  if (!entry) throw new Error('Brak danych urzędu (content/urzad.yaml)');
  return entry.data;
}

/** The procedure from `content/procedura.yaml`. */
export async function getProcedure() {
  const entry = await getEntry('procedure', 'main');
  if (!entry) throw new Error('Brak procedury (content/procedura.yaml)');
  return entry.data;
}

/** The accessibility statement's data from `content/deklaracja.yaml`. */
export async function getStatement() {
  const entry = await getEntry('statement', 'main');
  if (!entry) throw new Error('Brak danych deklaracji dostępności (content/deklaracja.yaml)');
  return entry.data;
}

/** The letter templates from `content/pisma.yaml`. */
export async function getLetters() {
  const entry = await getEntry('letters', 'main');
  if (!entry) throw new Error('Brak szablonów pism (content/pisma.yaml)');
  return entry.data;
}
