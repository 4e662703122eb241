#!/usr/bin/env node
/**
 * Checks the npm build (dist/lib) after `tsc -p tsconfig.build.json`:
 *
 * - no decorator syntax (the element declares `static properties`; a decorator
 *   added later must be compiled, since no browser runs `@property` today);
 * - every bare import names a dependency or peer dependency of the package, so a
 *   user's bundler can resolve it (lit, @lit/task, d3-scale, js-yaml stay imports);
 * - every relative import points at a file that exists;
 * - Node's built-in modules (`node:fs`…) only in the CLI (`dist/lib/cli/`): the
 *   rest runs in browsers too, and a bundler would choke on them.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseAst } from 'vite';

const root = resolve(import.meta.dirname, '..');
const lib = join(root, 'dist/lib');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const allowed = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
const packageName = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

const problems = [];
const files = readdirSync(lib, { recursive: true }).map(String).filter((f) => f.endsWith('.js'));

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

for (const file of files) {
  const path = join(lib, file);
  const code = readFileSync(path, 'utf8');
  walk(parseAst(code), (node) => {
    if (node.type === 'Decorator' || (Array.isArray(node.decorators) && node.decorators.length)) {
      problems.push(`${file}: decorator syntax left in the output`);
    }
    const source =
      node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration'
        ? node.source
        : node.type === 'ImportExpression'
          ? node.source
          : undefined;
    if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
    const spec = source.value;
    if (spec.startsWith('node:')) {
      if (!file.startsWith('cli/')) problems.push(`${file}: imports ${spec}, a Node built-in, outside the CLI`);
    } else if (spec.startsWith('.')) {
      if (!existsSync(resolve(dirname(path), spec))) problems.push(`${file}: imports ${spec}, which is not in dist/lib`);
    } else if (!allowed.has(packageName(spec))) {
      problems.push(`${file}: imports ${spec}, which is not a dependency or peer dependency`);
    }
  });
}

if (!files.length) problems.push(`no .js files in ${relative(root, lib)}`);
for (const p of [...new Set(problems)]) console.error(`check-lib: ${p}`);
if (problems.length) process.exit(1);
console.log(`check-lib: ${files.length} modules in dist/lib, no decorator syntax, every import resolvable, Node built-ins in the CLI only.`);
