// SPDX-License-Identifier: Apache-2.0
// Loaded from the site's own origin (CSP script-src 'self'). Renders ```mermaid blocks when the page bundled
// mermaid.min.js; mermaid runs with securityLevel "strict" so diagram labels cannot carry HTML or click handlers.
(function () {
  'use strict';
  var mermaid = window.mermaid;
  if (!mermaid || !document.querySelector('pre.mermaid'))
    return;
  var root = document.documentElement;
  var dark = root.classList.contains('td-theme-dark') ||
      (root.classList.contains('td-theme-system') && window.matchMedia &&
       window.matchMedia('(prefers-color-scheme: dark)').matches);
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default' });
  mermaid.run({ querySelector: 'pre.mermaid' }).then(function () {
    root.setAttribute('data-mermaid', 'done');
  }, function (error) {
    root.setAttribute('data-mermaid', 'error');
    console.error('mermaid: ' + error);
  });
})();
