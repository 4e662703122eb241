// custom-elements.json, generated at build time from the element's JSDoc
// (`@fires`, `@slot`, `@csspart`, `@cssprop`) and Lit's `static properties`.
// Paths in the manifest point at the published modules in dist/lib, not at src.

/**
 * The exported type aliases of the analysed modules (`CardTheme` →
 * `'auto' | 'light' | 'dark'`), so that an attribute's type in the manifest
 * lists the values it takes: an editor or a docs tool reading the manifest
 * cannot look an alias up.
 */
const aliases = new Map();

/** A union's members once each, an alias replaced by what it stands for ("string | undefined | undefined" → "string | undefined"). */
function plainType(text) {
  // Only a plain union is split: a '|' inside a generic, a function or an object type is not a
  // member's end. (Nor is an alias of such a type put into one: `Fn | undefined` stays so.)
  if (/[<>()[\]{}=]/.test(text)) return text;
  const expand = (t) => (aliases.has(t) && !/[<>()[\]{}=]/.test(aliases.get(t)) ? plainType(aliases.get(t)).split(' | ') : [t]);
  // filter: an alias written over lines starts with a '|' ("| 'a' | 'b'").
  const members = text.split('|').map((t) => t.trim()).filter(Boolean).flatMap(expand);
  return [...new Set(members)].join(' | ');
}

export default {
  globs: ['src/element/k8s-contrib-card.ts', 'src/element/events.ts', 'src/define.ts', 'src/index.ts'],
  outdir: '.',
  litelement: true,
  // package.json is written by hand; the analyser must not edit it.
  packagejson: false,
  plugins: [
    {
      name: 'k8s-contrib-card:dist-paths',
      analyzePhase({ ts, node }) {
        if (ts.isTypeAliasDeclaration(node) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
          const name = node.name.getText();
          const text = node.type.getText();
          // Keyed by name: two modules exporting one name differently would make it ambiguous.
          if (aliases.has(name) && aliases.get(name) !== text) throw new Error(`cem: two exported types named ${name}; rename one`);
          aliases.set(name, text);
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        const toDist = (p) => p.replace(/^\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js');
        const walk = (node) => {
          if (Array.isArray(node)) return node.forEach(walk);
          if (!node || typeof node !== 'object') return;
          for (const [k, v] of Object.entries(node)) {
            if ((k === 'path' || k === 'module') && typeof v === 'string') node[k] = toDist(v);
            else walk(v);
          }
        };
        walk(customElementsManifest.modules);
        // Attribute and property types as a tool shows them (see `plainType`).
        const types = (node) => {
          if (Array.isArray(node)) return node.forEach(types);
          if (!node || typeof node !== 'object') return;
          if (node.type && typeof node.type.text === 'string') node.type.text = plainType(node.type.text);
          Object.values(node).forEach(types);
        };
        types(customElementsManifest.modules);
        // The analyser also reports `dispatchEvent(new CustomEvent(type))` inside the
        // element's private `emit(type)` helper as an event named "type". The public
        // events are the ones documented with @fires, which all carry a description.
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.description);
            // Reactive state (`static properties` with `state: true`, declared private) is
            // not an attribute of the element, whatever the analyser infers from the entry.
            const internal = new Set((decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
            if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !internal.has(a.fieldName));
          }
        }
      },
    },
  ],
};
