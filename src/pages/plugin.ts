import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { type Asset, asset, assetResponse, CONTENT_SECURITY_POLICY } from './assets.js';
import { EXPLORER_FILES, ensureExplorerBuilt, readBuilt } from './build.js';
import { explorerPage } from './explorer.js';
import { GRAPHIQL_ASSETS_PATH, graphiqlAssets } from './graphiql.js';

export const EXPLORER_PATH = '/explore';
const EXPLORER_ASSETS_PATH = `${EXPLORER_PATH}/assets/`;
/** Asset URLs carry a content hash (?v=), so a browser may keep them; the page itself is revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

type Files = Map<string, Asset>;
type Fetch = { Response: typeof Response };

/** The explorer's built files and its page, read once per build. */
function loadExplorer(dir: string): Files {
  const files: Files = new Map(
    EXPLORER_FILES.map((file) => [
      file,
      asset(
        readBuilt(dir, file),
        file.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      ),
    ]),
  );
  const version = (file: string) => files.get(file)?.etag.slice(1, 9) ?? '0';
  files.set(
    'index.html',
    asset(explorerPage(version('app.js'), version('app.css')), 'text/html; charset=utf-8'),
  );
  return files;
}

/**
 * The explorer's files, rebuilt first when web/ changed: checked when the app is created and again
 * for every page load (a walk over a few dozen files), so an edit shows on reload without a restart.
 * Asset requests use the files of the page that asked for them.
 */
function explorerFiles(logger: Logger): (checkSources: boolean) => Promise<Files> {
  let files: Files | undefined;
  let loadedAt = 0;
  let checking: Promise<Files> | undefined;
  const check = async () => {
    const { dir, rebuilt, builtAt } = await ensureExplorerBuilt();
    if (rebuilt) logger.info('Built the explorer (web/ -> .build/explore).');
    if (!files || builtAt !== loadedAt) [files, loadedAt] = [loadExplorer(dir), builtAt];
    return files;
  };
  return (checkSources) => {
    if (!checkSources && files) return Promise.resolve(files);
    checking ??= check().finally(() => {
      checking = undefined;
    });
    return checking;
  };
}

function notFound(fetchAPI: Fetch): Response {
  return new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
}

/** The build failed (the log has why): say so instead of a masked 500. */
function unavailable(fetchAPI: Fetch) {
  return (error: Error) =>
    new fetchAPI.Response(`The explorer is not available: ${error.message}`, {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
}

/** Which explorer file a path asks for: its page for /explore and every route under it. */
function explorerFileFor(pathname: string): string | null {
  if (pathname.startsWith(EXPLORER_ASSETS_PATH)) return pathname.slice(EXPLORER_ASSETS_PATH.length);
  if (pathname === EXPLORER_PATH || pathname.startsWith(`${EXPLORER_PATH}/`)) return 'index.html';
  return null;
}

async function serveFrom(files: Promise<Files>, name: string, request: Request, fetchAPI: Fetch) {
  const file = (await files).get(name);
  if (!file) return notFound(fetchAPI);
  return assetResponse(fetchAPI, request, file, name === 'index.html' ? REVALIDATE : IMMUTABLE);
}

/**
 * Serves the pages people use, from this origin only: GET /explore (and its deep links
 * /explore/entity/<slug>, /explore/article/<slug>, /explore/desk) with the explorer's built assets,
 * and GraphiQL's files under /graphiql/. The explorer is bundled from web/ when its sources changed,
 * starting when the app is created, so the first page is quick and a broken build shows in the log
 * at start-up; a failed build answers 503 with the reason.
 */
export function pages(logger: Logger): Plugin {
  const explorer = explorerFiles(logger);
  explorer(true).catch((error: Error) => logger.error({ err: error }, 'could not build the explorer'));
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const explorerFile = explorerFileFor(url.pathname);
      if (explorerFile) {
        const files = explorer(explorerFile === 'index.html');
        endResponse(await serveFrom(files, explorerFile, request, fetchAPI).catch(unavailable(fetchAPI)));
      } else if (url.pathname.startsWith(GRAPHIQL_ASSETS_PATH)) {
        const name = url.pathname.slice(GRAPHIQL_ASSETS_PATH.length);
        endResponse(await serveFrom(graphiqlAssets(), name, request, fetchAPI));
      }
    },
    onResponse({ request, response }) {
      // GraphiQL's page comes from Yoga's renderer, which sets no headers of its own.
      if (
        new URL(request.url).pathname === '/graphql' &&
        response.headers.get('content-type')?.startsWith('text/html')
      ) {
        response.headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
        response.headers.set('cache-control', REVALIDATE);
      }
    },
  };
}
