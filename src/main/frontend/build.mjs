// Bundles the workflow pages' scripts (issue #14) with esbuild into the WAR's /resources/workflow/:
//   viewer.js   - a read-only diagram (library page, case page), steps done and open highlighted
//   modeler.js  - the process editor: bpmn-js, its properties panel, SafeCase's task properties
//   decisions.js - the decision table editor: dmn-js
// and copies the style sheets and fonts they need. Usage: node build.mjs [output folder].
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(process.argv[2] || '../../../target/frontend/resources/workflow');
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { viewer: 'src/viewer.js', modeler: 'src/modeler.js', decisions: 'src/decisions.js' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'linked',
  outdir: out,
  logLevel: 'warning'
});

const assets = [
  ['node_modules/bpmn-js/dist/assets', 'bpmn-js'],
  ['node_modules/dmn-js/dist/assets', 'dmn-js'],
  ['node_modules/@bpmn-io/properties-panel/dist/assets', 'properties-panel']
];
for (const [from, to] of assets) {
  cpSync(from, resolve(out, to), { recursive: true });
}
console.log('Workflow editors bundled into ' + out);
