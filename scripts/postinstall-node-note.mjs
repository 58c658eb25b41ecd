// @ts-check
/**
 * Runs after `npm install`/`npm ci` (package.json "postinstall"). npm checks
 * each package's `engines` against the Node it runs on itself, and npm 11 has
 * no setting to check against another one; on the system Node 20 it prints
 * nine EBADENGINE warnings, although the app never runs on that Node: the npm
 * package `node` puts Node 24 in node_modules/.bin, first on the PATH of
 * every `npm run`. This says so in one line, or says that Node 24 is
 * missing. Plain JavaScript, because it may run on the old Node itself.
 */
import { pathToFileURL } from 'node:url';

/**
 * The note for npm's user agent (`npm/11.19.1 node/v20.20.2 linux x64 …`,
 * naming the Node npm runs on) and the Node that runs the app; '' when npm
 * itself ran on Node 24 or later, so it had nothing to warn about.
 * @param {string} npmUserAgent
 * @param {string} appNode version without the "v", e.g. "24.21.0"
 */
export function nodeNote(npmUserAgent, appNode) {
  const npmNode = /\bnode\/v(\d+\.\d+\.\d+)/.exec(npmUserAgent)?.[1] ?? appNode;
  const major = (/** @type {string} */ version) => Number(version.split('.')[0]);
  if (major(npmNode) >= 24) return '';
  if (major(appNode) >= 24) {
    return `Ostrzeżenia npm „EBADENGINE” (jeśli są powyżej) są niegroźne: npm działa na systemowym Node v${npmNode}, a aplikację uruchamia Node v${appNode} z node_modules/.bin (pakiet npm „node”), którego używają npm start, npm run … i npm test.`;
  }
  return `Uwaga: aplikacja potrzebuje Node 24, a jest tylko Node v${appNode}. Zainstaluj pakiety bez --omit=dev (wtedy Node 24 przychodzi jako pakiet npm „node”) albo zainstaluj Node 24 w systemie.`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const note = nodeNote(process.env['npm_config_user_agent'] ?? '', process.versions.node);
  if (note) console.log(note);
}
