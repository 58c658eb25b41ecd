/**
 * A textarea with a live character count (the GOV.UK pattern). Without
 * JavaScript it is the same labelled textarea with the limit in its hint;
 * once hydrated it also shows how many characters are left, and tells
 * screen readers politely, a moment after typing stops.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { pluralPl } from '../calendar/format-pl.ts';

/** Props of {@link CharacterCount}. */
export interface CharacterCountProps {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value?: string | undefined;
  maxChars: number;
  optional?: boolean;
  rows?: number;
}

const CHARS = { one: 'znak', few: 'znaki', many: 'znaków', other: 'znaku' } as const;
const LEFT = { one: 'Został', few: 'Zostały', many: 'Zostało', other: 'Zostało' } as const;

/** The message for `left` characters remaining (negative: over the limit). */
export function countMessage(left: number): string {
  if (left >= 0) return `${pluralPl(left, LEFT)} ${left} ${pluralPl(left, CHARS)}`;
  const over = -left;
  return `Masz o ${over} ${pluralPl(over, CHARS)} za dużo`;
}

export default function CharacterCount({ name, label, hint, error, value = '', maxChars, optional = false, rows = 4 }: CharacterCountProps) {
  const [text, setText] = useState(value);
  const [enhanced, setEnhanced] = useState(false);
  const [announced, setAnnounced] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  // Uncontrolled (defaultValue), so hydration never overwrites text typed before it; count what is there.
  useLayoutEffect(() => {
    if (area.current) setText(area.current.value);
    setEnhanced(true);
  }, []);
  const left = maxChars - [...text].length;
  const fullHint = `${hint ? `${hint} ` : ''}Możesz wpisać najwyżej ${maxChars} znaków.`;
  const describedBy = [`${name}-hint`, error ? `${name}-error` : ''].filter(Boolean).join(' ');
  const onInput = (e: Event) => {
    const next = (e.currentTarget as HTMLTextAreaElement).value;
    setText(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setAnnounced(countMessage(maxChars - [...next].length)), 1000);
  };
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={name}>
        {label}
        {optional && <span class="optional"> (opcjonalnie)</span>}
      </label>
      <p class="field-hint" id={`${name}-hint`}>{fullHint}</p>
      {error && (
        <p class="field-error" id={`${name}-error`}>
          <span class="visually-hidden">Błąd: </span>
          {error}
        </p>
      )}
      <textarea ref={area} id={name} name={name} rows={rows} class="input" aria-describedby={describedBy} aria-invalid={error || left < 0 ? "true" : undefined} defaultValue={value} onInput={onInput} />
      {enhanced && (
        <>
          <p id={`${name}-count`} class={left < 0 ? 'char-count char-count--over' : 'char-count'} aria-hidden="true">
            {countMessage(left)}
          </p>
          <p class="visually-hidden" aria-live="polite">
            {announced}
          </p>
        </>
      )}
    </div>
  );
}
