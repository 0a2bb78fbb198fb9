// SPDX-License-Identifier: Apache-2.0
// Writes cases.json: for each input below, the errors the `jsonschema` npm library (the validator Backstage's
// NunjucksWorkflowRunner uses for action inputs; 1.x, checked with 1.4.1) reports against Portolan's schema of
// that action (models/scaffolder/actionschemas.json). tst_inputs compares Portolan's own checker with them.
// Not part of the build. Run: npm install jsonschema@1.4.1 in some folder, then
//   NODE_PATH=<that folder>/node_modules node generate.js > cases.json
const fs = require('fs');
const path = require('path');
const { validate } = require('jsonschema');

const schemas = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../models/scaffolder/actionschemas.json'), 'utf8'));
const schemaOf = id => schemas[id] || (id.startsWith('publish:') && id !== 'publish:git' ? schemas['publish:hosted'] : undefined);

const inputs = [
  ['fetch:template', { url: './skeleton', values: { name: 'x' }, templateFileExtension: true }],
  ['fetch:template', { targetPath: 'x' }],
  ['fetch:template', { url: './s', replace: 42 }],
  ['fetch:template', { url: './s', templateFileExtension: 3, copyWithoutTemplating: 'a/**' }],
  ['fetch:template', { url: 7, values: ['a'] }],
  ['fetch:template:file', { url: './f.txt' }],
  ['fetch:plain', { url: './s', token: false }],
  ['fetch:plain:file', {}],
  ['fs:rename', { files: [{ from: 42 }] }],
  ['fs:rename', { files: [{ from: 'a', to: 'b', overwrite: 'yes' }, 'c'] }],
  ['fs:delete', { files: 42 }],
  ['fs:delete', { files: ['a', 1] }],
  ['debug:log', { listWorkspace: 'everything' }],
  ['debug:log', { message: 'hi', listWorkspace: 'with-contents' }],
  ['debug:log', { message: ['hi'] }],
  ['catalog:write', { filePath: 'catalog-info.yaml' }],
  ['catalog:write', { entity: 'component' }],
  ['catalog:register', { optional: true }],
  ['catalog:register', { repoContentsUrl: 'file:///x', catalogInfoPath: '/catalog-info.yaml' }],
  ['catalog:register', { catalogInfoUrl: 'https://h/x.yaml', repoContentsUrl: 'https://h/' }],
  ['publish:git', { remoteUrl: 'file:///tmp/r.git', defaultBranch: 1 }],
  ['publish:github', { description: 'x' }],
  ['publish:gitlab', { repoUrl: 'gitlab.com?owner=o&repo=r', topics: ['a', 2] }],
];

const cases = inputs.map(([action, input]) => ({
  action,
  input,
  errors: validate(input, schemaOf(action)).errors.map(e => e.toString()),
}));
process.stdout.write(`${JSON.stringify(cases, null, 1)}\n`);
