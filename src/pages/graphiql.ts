import type { GraphiQLOptions } from 'graphql-yoga';
import { type Asset, asset } from './assets.js';

/** Where GraphiQL's files are served; the page names nothing else. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql/';

/** Text safe inside <script type="application/json">: no "</script>" or comment openers can close it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The GraphiQL page: Yoga's own GraphiQL build from the @graphql-yoga/render-graphiql package, as
 * separate files under /graphiql/ instead of a CDN (Yoga's default) or one 9 MB inline page (the
 * package's own renderer), so browsers cache them. The options travel as JSON, not as inline script,
 * so the page keeps a strict Content-Security-Policy.
 */
export function renderGraphiQLPage(options: GraphiQLOptions): string {
  const title = escapeHtml(options.title ?? 'GraphiQL');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="${GRAPHIQL_ASSETS_PATH}favicon.ico" />
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS_PATH}graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
    <script id="graphiql-options" type="application/json">${jsonForScript(options)}</script>
    <script src="${GRAPHIQL_ASSETS_PATH}start.js"></script>
    <script src="${GRAPHIQL_ASSETS_PATH}graphiql.js"></script>
  </body>
</html>
`;
}

/**
 * Runs before the bundle: Monaco asks for its workers by label, and they are files here too. Renders
 * once the bundle (the next script) has defined YogaGraphiQL.
 */
const START_SCRIPT = `'use strict';
(function () {
  var workers = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' };
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) {
      return '${GRAPHIQL_ASSETS_PATH}' + (workers[label] || workers.editorWorkerService);
    },
  };
  document.addEventListener('DOMContentLoaded', function () {
    var options = JSON.parse(document.getElementById('graphiql-options').textContent);
    self.YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
  });
})();
`;

const JS = 'text/javascript; charset=utf-8';
let files: Promise<Map<string, Asset>> | undefined;

/** GraphiQL's files by name, loaded on first use: the bundle is 14 MB of strings most processes never serve. */
export function graphiqlAssets(): Promise<Map<string, Asset>> {
  files ??= import('@graphql-yoga/render-graphiql/graphiql').then(
    (bundle) =>
      new Map([
        ['start.js', asset(START_SCRIPT, JS)],
        ['graphiql.js', asset(bundle.js, JS)],
        ['graphiql.css', asset(bundle.css, 'text/css; charset=utf-8')],
        ['editor.worker.js', asset(bundle.editorWorkerService, JS)],
        ['json.worker.js', asset(bundle.jsonWorker, JS)],
        ['graphql.worker.js', asset(bundle.graphqlWorker, JS)],
        ['favicon.ico', asset(dataUrlBytes(bundle.favicon), 'image/x-icon')],
      ]),
  );
  return files;
}

function dataUrlBytes(dataUrl: string): Uint8Array {
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}
