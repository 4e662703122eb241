/**
 * The YAML parser, used the same way by every community file reader.
 */
/**
 * The parts of `js-yaml` the index needs. Passed in rather than imported here, so
 * that this module never pulls the parser into the chunk of whoever imports it:
 * the page loads it lazily ({@link buildRolesIndex}), the worker bundles it.
 */
export interface YamlParser {
  loadAll: typeof import('js-yaml').loadAll;
  FAILSAFE_SCHEMA: typeof import('js-yaml').FAILSAFE_SCHEMA;
}

/**
 * Parses one YAML document of the community files.
 *
 * The failsafe schema keeps every scalar a string, so an all-digit login
 * (`github: 1234`) or a name such as `1.30` survives as written instead of turning
 * into a number. `json: true` lets a duplicate key override the earlier one (last
 * wins) rather than failing the whole file; aliases stay capped. `loadAll` rather
 * than `load`, because `load` throws on a text with no document at all, and an
 * empty file means "no roles", not "broken"; more than one document is refused,
 * since the files hold one and a second would be silently dropped.
 * `lastKeyWins: false` refuses a duplicate key instead: for a file the user
 * wrote, where the first of two entries vanishing unsaid is a mistake to report.
 */
export function parseYaml(yaml: YamlParser, text: string, lastKeyWins = true): unknown {
  const docs = yaml.loadAll(text, { schema: yaml.FAILSAFE_SCHEMA, json: lastKeyWins, maxAliases: 100 });
  if (docs.length > 1) throw new Error(`expected one YAML document, found ${docs.length}`);
  return docs.length ? docs[0] : null;
}

/**
 * Loads the parser, as its own chunk. Destructured on the spot, so the bundler
 * keeps only `loadAll` and what it needs (not the serialiser).
 */
export async function loadYamlParser(): Promise<YamlParser> {
  const { loadAll, FAILSAFE_SCHEMA } = await import('js-yaml');
  return { loadAll, FAILSAFE_SCHEMA };
}
