/**
 * What to check, on the test server: every page of the built sitemap (never
 * a hand-kept list), every state from page-states.ts, the 404 page and the
 * plain-text procedure.
 */
import { pageStates } from './page-states.ts';
import { staffSessionCookie } from './staff-seed.ts';
import { readBuiltSitemap } from './sitemap.ts';
import { PROCEDURE_TXT_PATH, TEST_BASE_URL } from './test-env.ts';

/** A page (or page state) to open and check. */
export interface CheckTarget {
  /** Unique name for test titles and file names. */
  name: string;
  /** Path below the base. */
  path: string;
  /** Absolute URL on the test server. */
  url: string;
  /** Urlencoded body when the page is opened with a POST; undefined for GET. */
  postBody?: string;
  /** Expected HTTP status of the final response. */
  expectStatus: number;
  /** Where the target comes from. */
  kind: 'sitemap' | 'state' | 'not-found';
  /** A cookie the browser holds when it opens the target (a staff session). */
  cookie?: { name: string; value: string };
  /** Why pa11y skips it (see PageState.pa11ySkip). */
  pa11ySkip?: string;
}

/** The `Cookie` request header for a target, if it needs one. */
export function cookieHeader(target: CheckTarget): Record<string, string> {
  return target.cookie ? { cookie: `${target.cookie.name}=${target.cookie.value}` } : {};
}

/** Encode a form body as application/x-www-form-urlencoded; arrays become repeated fields. */
export function formBody(fields: Record<string, string | string[]>): string {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  }
  return body.toString();
}

/** A file-name-safe name for a page path ('' is the home page). */
export function nameForPath(path: string): string {
  const name = path.replace(/\/+$/, '').replace(/[^a-zA-Z0-9-]+/g, '_');
  return name === '' ? 'strona-glowna' : name;
}

/** Every page of the built sitemap on the test server; throws if dist/ was built with other settings. */
export function sitemapPages(): CheckTarget[] {
  const { root, paths } = readBuiltSitemap();
  if (root !== TEST_BASE_URL) {
    throw new Error(`dist/ was built for ${root}, the tests need ${TEST_BASE_URL}: run npm run build:test`);
  }
  return paths.map((path) => ({ name: nameForPath(path), path, url: TEST_BASE_URL + path, expectStatus: 200, kind: 'sitemap' }));
}

/** Every state from page-states.ts on the test server. */
export function statePages(): CheckTarget[] {
  return pageStates.map((state) => {
    if (!/^[a-z0-9-]+$/.test(state.name)) throw new Error(`page state "${state.name}": use lowercase letters, digits and dashes`);
    const target: CheckTarget = {
      name: `stan-${state.name}`,
      path: state.path,
      url: TEST_BASE_URL + state.path,
      expectStatus: state.expectStatus ?? 200,
      kind: 'state',
    };
    if (state.post) target.postBody = formBody(state.post);
    if (state.signedInAs) target.cookie = staffSessionCookie(state.signedInAs);
    if (state.pa11ySkip) target.pa11ySkip = state.pa11ySkip;
    return target;
  });
}

/** A missing address: the server must answer 404 with the site's error page. */
export const notFoundPage: CheckTarget = {
  name: '404',
  path: 'nie-ma-takiej-strony-test/',
  url: `${TEST_BASE_URL}nie-ma-takiej-strony-test/`,
  expectStatus: 404,
  kind: 'not-found',
};

/** The plain-text procedure: not HTML, only the link check and the procedure spec fetch it. */
export const procedureText = { path: PROCEDURE_TXT_PATH, url: TEST_BASE_URL + PROCEDURE_TXT_PATH };

/** Sitemap pages, then page states, then the 404 page; names are checked to be unique. */
export function allPages(): CheckTarget[] {
  const all = [...sitemapPages(), ...statePages(), notFoundPage];
  const seen = new Set<string>();
  for (const target of all) {
    if (seen.has(target.name)) throw new Error(`two pages to check are both named "${target.name}"`);
    seen.add(target.name);
  }
  return all;
}
