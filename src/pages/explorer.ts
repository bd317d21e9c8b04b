/**
 * The explorer's one page, the same for every route under /explore: the app reads the address and
 * renders the entity, article, search or desk view itself. Asset URLs carry their content hash.
 */
export function explorerPage(jsVersion: string, cssVersion: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Explorer · News knowledge graph</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/explore/assets/app.css?v=${cssVersion}" />
    <script type="module" src="/explore/assets/app.js?v=${jsVersion}"></script>
  </head>
  <body>
    <noscript>The explorer needs JavaScript; GraphQL itself is at <a href="/graphql">/graphql</a>.</noscript>
    <div id="app"></div>
  </body>
</html>
`;
}
