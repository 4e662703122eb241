/**
 * `--extra-roles`: roles a person holds outside the files the card reads
 * ("CNCF TAG Workloads chair", "KubeCon China 2024 co-chair"), as a YAML or
 * JSON map from login to a list of labels, each a string or `{label, url}`:
 *
 *     pacoxu:
 *       - KubeCon China 2024 co-chair
 *       - label: CNCF TAG Workloads chair
 *         url: https://github.com/cncf/toc/tree/main/tags
 *
 * They are what the element's `role` slot gives a live page; a static card
 * shows them labelled as supplied by its maker. The file is the user's own
 * input, but it is still checked: text is cleaned and only http(s) links kept.
 */
import { cleanText } from '../model/validate.js';
import { safeHttpUrl } from '../model/safe-url.js';
import { isObj } from '../model/untrusted.js';
import { isValidLogin } from '../model/login.js';
import { parseYaml, type YamlParser } from '../roles/build/yaml.js';

/** One supplied role. */
export interface ExtraRole {
  label: string;
  url?: string;
}

/** Most roles kept per person: a card is not a CV. */
const MAX_PER_LOGIN = 10;

/** Reads the file (YAML, which JSON is a subset of); throws an Error naming what is wrong. */
export function parseExtraRoles(yaml: YamlParser, text: string): Map<string, ExtraRole[]> {
  // The user's own file: a login written twice is refused, as "pacoxu" and "@PacoXu" are below.
  const doc = parseYaml(yaml, text, false);
  if (doc === null) return new Map();
  if (!isObj(doc)) throw new Error('expected a map from login to a list of roles');
  const out = new Map<string, ExtraRole[]>();
  for (const [key, list] of Object.entries(doc)) {
    // "@pacoxu" as people write it; a key that is no login would match no card, and say nothing.
    const login = key.trim().replace(/^@/, '');
    if (!isValidLogin(login)) throw new Error(`${JSON.stringify(key.slice(0, 60))}: not a GitHub login`);
    if (!Array.isArray(list)) throw new Error(`${login}: expected a list of roles`);
    const roles = list.map((item, i): ExtraRole => {
      const raw = typeof item === 'string' ? { label: item } : isObj(item) ? item : undefined;
      const label = typeof raw?.label === 'string' ? cleanText(raw.label) : '';
      if (!label) throw new Error(`${login}[${i}]: a role needs a label`);
      const url = typeof raw?.url === 'string' ? safeHttpUrl(raw.url) : undefined;
      if (raw?.url !== undefined && !url) throw new Error(`${login}[${i}]: url must be an http(s) URL`);
      return url ? { label, url } : { label };
    });
    // "pacoxu" and "@PacoXu" are one person: the second list silently replaced the first.
    if (out.has(login.toLowerCase())) throw new Error(`${login}: listed twice`);
    out.set(login.toLowerCase(), roles.slice(0, MAX_PER_LOGIN));
  }
  return out;
}
