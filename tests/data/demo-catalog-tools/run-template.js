#!/usr/bin/env node
// Runs one demo template through Backstage's own task runner
// (NunjucksWorkflowRunner of plugin-scaffolder-backend 4.0.2, from the oracle
// in ../shared/oracle) with the real fetch:template action. publish:github and
// catalog:register are not run: they are stand-ins that record the input the
// runner rendered for them and return outputs of the documented shape
// (remoteUrl, repoContentsUrl, commitHash / entityRef, catalogInfoUrl), so the
// template's step wiring and output links are exercised end to end.
//
//   ORACLE=/tmp/oracle node --no-node-snapshot run-template.js TEMPLATE.yaml PARAMS.json OUTDIR
//
// Prints {ok, publish, register, output} as JSON; OUTDIR gets the workspace
// as it was when publish:github ran.
'use strict';
const fs = require('node:fs'); const os = require('node:os'); const path = require('node:path');
const { pathToFileURL } = require('node:url');
const require2 = require('node:module').createRequire(
  path.join(process.env.ORACLE || '/tmp/oracle', 'render/nunjucks/package.json'));
const Y = require2('yaml');
const { ConfigReader } = require2('@backstage/config');
const { ScmIntegrations } = require2('@backstage/integration');
const backend = require2('@backstage/plugin-scaffolder-backend');
const dist = path.join(path.dirname(require2.resolve('@backstage/plugin-scaffolder-backend/package.json')), 'dist');
const { NunjucksWorkflowRunner } = require(path.join(dist, 'scaffolder/tasks/NunjucksWorkflowRunner.cjs.js'));
const [templateFile, valuesFile, outDir] = process.argv.slice(2);
const tpl = Y.parse(fs.readFileSync(templateFile, 'utf8'));
const parameters = JSON.parse(fs.readFileSync(valuesFile, 'utf8'));
const integrations = ScmIntegrations.fromConfig(new ConfigReader({}));
const reader = { async readUrl() { throw new Error('no reader'); }, async readTree() { throw new Error('no reader'); }, async search() { throw new Error('no reader'); } };
const quiet = { error: (m) => console.error('[error]', m), warn: () => {}, info: () => {}, debug: () => {}, child() { return quiet; } };
const fetchTemplate = backend.createFetchTemplateAction({ reader, integrations });
const recorded = {};
const recorder = (id, output) => ({ id, supportsDryRun: false, async handler(ctx) {
  recorded[id] = ctx.input;
  if (id === 'publish:github') {
    // keep the workspace the previous steps wrote
    fs.cpSync(ctx.workspacePath, outDir, { recursive: true });
  }
  for (const [k, v] of Object.entries(output(ctx.input))) ctx.output(k, v);
} });
const actions = {
  'fetch:template': fetchTemplate,
  'publish:github': recorder('publish:github', (i) => {
    const u = new URL('https://' + i.repoUrl);
    const repo = `https://github.com/${u.searchParams.get('owner')}/${u.searchParams.get('repo')}`;
    return { remoteUrl: repo, repoContentsUrl: `${repo}/blob/main`, commitHash: '0'.repeat(40) };
  }),
  'catalog:register': recorder('catalog:register', (i) => ({ entityRef: 'component:default/' + parameters.name, catalogInfoUrl: i.repoContentsUrl + i.catalogInfoPath })),
};
const metrics = { createCounter: () => ({ add() {} }), createHistogram: () => ({ record() {} }) };
const workingDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-run-'));
const runner = new NunjucksWorkflowRunner({
  actionRegistry: { get: (id) => { if (!actions[id]) throw new Error('unknown action ' + id); return actions[id]; }, list: () => Object.values(actions) },
  integrations, workingDirectory, logger: quiet, metrics,
});
const logs = [];
const task = {
  spec: { apiVersion: tpl.apiVersion, steps: tpl.spec.steps, output: tpl.spec.output, parameters,
    templateInfo: { baseUrl: pathToFileURL(path.resolve(templateFile)).href, entityRef: `template:default/${tpl.metadata.name}` },
    user: { ref: 'user:default/alice.nguyen' } },
  secrets: {}, isDryRun: false, cancelSignal: new AbortController().signal, taskId: 't1', createdBy: 'user:default/alice.nguyen',
  async getWorkspaceName() { return 'ws-' + tpl.metadata.name; },
  async emitLog(message, meta) { logs.push(message); if (meta?.status === 'failed') console.error('[log]', message); },
  async getInitiatorCredentials() { return { $$type: '@backstage/BackstageCredentials', principal: { type: 'none' } }; },
  async getTaskState() { return undefined; }, async updateCheckpoint() {}, async serializeWorkspace() {}, async cleanWorkspace() {}, async rehydrateWorkspace() {},
};
runner.execute(task).finally(() => fs.rmSync(workingDirectory, { recursive: true, force: true })).then(({ output }) => {
  console.log(JSON.stringify({ ok: true, publish: recorded['publish:github'], register: recorded['catalog:register'], output }, null, 2));
}).catch((e) => { console.log(JSON.stringify({ ok: false, error: `${e.name}: ${e.message}` })); process.exit(1); });
