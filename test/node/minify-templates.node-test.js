// The template minifier the build and the browser tests' server share
// (scripts/minify-templates.js): what it changes in a module, and what it must
// leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAst } from 'vite';
import { minifyCss, minifyHtml, minifyTemplates } from '../../scripts/minify-templates.js';

const minify = (code) => minifyTemplates(code, 'test.js', parseAst);

test('CSS loses comments and whitespace, and three spellings get shorter', () => {
  const css = `
    /* a comment */
    :host {
      color: #ffffff;
      opacity: 0.55;
      margin: 0 0.5em;
    }
    :host([theme='dark']) > .a,
    .b { background: rgb(0 0 0 / 0.5); border-color: #326ce5; }
  `;
  assert.equal(
    minifyCss(css),
    ':host{color:#fff;opacity:.55;margin:0 .5em}:host([theme=dark])>.a,.b{background:rgb(0 0 0 / .5);border-color:#326ce5}',
  );
});

test('CSS keeps what the shorter spellings would change the meaning of', () => {
  // 10.5 is not 1.5; a six-digit colour that does not repeat stays; a quoted value that is not an identifier stays quoted.
  assert.equal(minifyCss('a { width: 10.5px; color: #aabbcd; }'), 'a{width:10.5px;color:#aabbcd}');
  assert.equal(minifyCss(`[data-x='a b'] { top: 0; }`), `[data-x='a b']{top:0}`);
});

test('html and svg templates: indentation beside a block or a shape goes, nested templates too', () => {
  const code = 'const t = html`<p>\n    ${a ? html`<div>\n  x\n</div>` : ""}\n  </p>`;\nconst s = svg`<g>\n  <path d="M0 0"/>\n</g>`;\n';
  assert.equal(minify(code), 'const t = html`<p>${a ? html`<div>x</div>` : ""}</p>`;\nconst s = svg`<g><path d="M0 0"/></g>`;\n');
});

test('html templates: indentation between inline elements, words or bindings becomes one space', () => {
  // A space between words and inline elements is a space on screen and in the accessible name.
  assert.equal(minifyHtml('</span>\n  <span class="sr-only">'), '</span> <span class="sr-only">');
  assert.equal(minifyHtml('</a>\n  '), '</a> ');
  assert.equal(minifyHtml('\n  ('), ' (');
  assert.equal(minifyHtml('label:\n  '), 'label: ');
  // Inside a tag, between attributes: a separator.
  assert.equal(minifyHtml('<a\n  rel="noopener"\n  target="_blank"\n  >'), '<a rel="noopener" target="_blank" >');
  // Beside a block's tag, open or closed, on either side: gone.
  assert.equal(minifyHtml('</span>\n  <div>'), '</span><div>');
  assert.equal(minifyHtml('</li>\n  <span>'), '</li><span>');
  assert.equal(minifyHtml('<section class="roles" part="roles">\n  '), '<section class="roles" part="roles">');
});

test('spaces without a line break, and other tags or plain strings, are left as written', () => {
  assert.equal(minify('const t = html`<p>a  b</p>`;'), null);
  const code = 'const t = other`<p>\n  x\n</p>`; const u = `<p>\n x</p>`;';
  assert.equal(minify(code), null);
});

test('css templates are minified, and one with an interpolation is refused', () => {
  assert.equal(minify('const s = css`\n  a { color: #ffffff; }\n`;'), 'const s = css`a{color:#fff}`;');
  assert.throws(() => minify('const s = css`a { color: ${c}; }`;'), /css template with an interpolation/);
});
