/** A small RFC 5545 reader for tests: unfolds lines and builds the component tree with properties and parameters. */

/** One property, e.g. `TRIGGER;RELATED=END:-PT30M`. */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** A component (VCALENDAR, VEVENT, VALARM, …) with its properties and sub-components. */
export interface IcsComponent {
  name: string;
  props: IcsProperty[];
  children: IcsComponent[];
}

function parseProperty(line: string): IcsProperty {
  // The value starts at the first colon outside a quoted parameter value.
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) throw new Error(`not a content line: ${line}`);
  const [name = '', ...params] = line.slice(0, colon).split(';');
  return {
    name: name.toUpperCase(),
    params: Object.fromEntries(params.map((p) => [p.slice(0, p.indexOf('=')).toUpperCase(), p.slice(p.indexOf('=') + 1).replace(/^"|"$/g, '')])),
    value: line.slice(colon + 1),
  };
}

/** Parse an iCalendar text (CRLF line ends, folded lines); throws on unbalanced BEGIN/END. */
export function parseIcs(text: string): IcsComponent {
  const lines = text.replace(/\r\n[ \t]/g, '').replace(/\r\n$/, '').split('\r\n');
  const stack: IcsComponent[] = [];
  let root: IcsComponent | undefined;
  for (const line of lines) {
    const prop = parseProperty(line);
    if (prop.name === 'BEGIN') {
      const component: IcsComponent = { name: prop.value.toUpperCase(), props: [], children: [] };
      stack.at(-1)?.children.push(component);
      stack.push(component);
    } else if (prop.name === 'END') {
      const done = stack.pop();
      if (done?.name !== prop.value.toUpperCase()) throw new Error(`END:${prop.value} closes ${done?.name ?? 'nothing'}`);
      if (stack.length === 0) root = done;
    } else {
      const current = stack.at(-1);
      if (!current) throw new Error(`property outside a component: ${line}`);
      current.props.push(prop);
    }
  }
  if (!root || stack.length > 0) throw new Error('unbalanced calendar');
  return root;
}

/** The one property of that name (throws when missing or repeated). */
export function prop(c: IcsComponent, name: string): IcsProperty {
  const found = c.props.filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`${c.name} has ${found.length} ${name}`);
  return found[0]!;
}

/** The sub-components of that name. */
export function children(c: IcsComponent, name: string): IcsComponent[] {
  return c.children.filter((child) => child.name === name);
}

/** A UTC date-time value (`20261202T090000Z`) as a Date. */
export function icsDate(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) throw new Error(`not a UTC date-time: ${value}`);
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}

/** A negative or positive duration in minutes (`-PT15M`, `PT1H30M`, `-P1D`). */
export function durationMinutes(value: string): number {
  const m = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
  if (!m) throw new Error(`not a duration: ${value}`);
  const minutes = (+(m[2] ?? 0)) * 7 * 1440 + (+(m[3] ?? 0)) * 1440 + (+(m[4] ?? 0)) * 60 + (+(m[5] ?? 0)) + (+(m[6] ?? 0)) / 60;
  return m[1] === '-' ? -minutes : minutes;
}
