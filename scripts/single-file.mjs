// Turns the release folder (dist/) into one self-contained boussole.html: the stylesheet,
// the wasm-bindgen glue and the WebAssembly (base64) inlined, nothing fetched, so the file
// works when double-clicked (file://), from a USB stick or a shared drive, or by email.
// Usage: node scripts/single-file.mjs <dist> <out.html>
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [dist = 'dist', out = 'dist-single/boussole.html'] = process.argv.slice(2);
let html = readFileSync(join(dist, 'index.html'), 'utf8');
const find = (re, what) => {
  const m = html.match(re);
  if (!m) throw new Error(`single-file: no ${what} in ${dist}/index.html`);
  return m;
};

const [cssTag, cssHref] = find(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>/, 'stylesheet');
const [, jsHref] = find(/import init, \* as bindings from '\.\/([^']+\.js)';/, 'glue import');
const [, wasmHref] = find(/module_or_path: '\.\/([^']+\.wasm)'/, 'wasm path');
const [scriptTag] = find(/<script type="module">[\s\S]*?<\/script>/, 'start-up script');

const css = readFileSync(join(dist, cssHref), 'utf8');
// The glue is an ES module; inlined, its exports become plain declarations.
const glue = readFileSync(join(dist, jsHref), 'utf8')
  .replace(/^export \{[^}]*\};?\s*$/m, '')
  .replace(/^export (class|function|const|let|async function) /gm, '$1 ');
const wasm = readFileSync(join(dist, wasmHref)).toString('base64');
for (const [name, text] of [['stylesheet', css], ['glue', glue]]) {
  if (/<\/(script|style)/i.test(text)) throw new Error(`single-file: the ${name} contains a closing tag`);
}

const start = `<script type="module">
${glue}
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
</script>`;

html = html
  .replace(cssTag, () => `<style>\n${css}\n</style>`)
  .replace(scriptTag, () => start)
  .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
if (/(href|src)="\.\//.test(html)) throw new Error('single-file: a relative reference is left');

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`${out}: ${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB, one file`);
