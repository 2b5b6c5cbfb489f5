import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { LANGUAGES, isLanguage, type Language } from '../../../i18n/resources.js';
import { translate } from '../../../i18n/translate.js';
import { notFound } from '../../http/errors.js';
import { renderGuideMarkdown } from './render-markdown.js';

const defaultGuideFolder = fileURLToPath(new URL('../../../../docs/guide', import.meta.url));
const PAGE_NAME = /^[a-z0-9-]+$/;
const IMAGE_NAME = /^[a-z0-9-]+\.png$/;

export interface HelpRoutesOptions {
  /** Folder with `{lang}/{page}.md` and `images/`; docs/guide of the repository when unset. */
  guideFolder?: string;
}

/**
 * Serve the operator's guide: `docs/guide/{lang}/{page}.md` rendered as HTML
 * at `/help/{lang}/{page}`, and its screenshots at `/help/images/{name}.png`.
 *
 * Pages reference screenshots as `../images/{name}.png`, which is right beside
 * the Markdown files on a code host. A browser resolves that path against the
 * page URL, so the index must be served at `/help/{lang}/` and a page at
 * `/help/{lang}/{page}`, both without further slashes. The other spellings of
 * those URLs redirect there.
 */
export function helpRoutes(app: FastifyInstance, options: HelpRoutesOptions = {}): void {
  const guideFolder = options.guideFolder ?? defaultGuideFolder;

  app.get('/help', async (_request, reply) => reply.redirect(`/help/${LANGUAGES[0]}/`));

  app.get<{ Params: { name: string } }>('/help/images/:name', async (request, reply) =>
    sendImage(guideFolder, request.params.name, reply),
  );

  app.get<{ Params: { lang: string } }>('/help/:lang', async (request, reply) => {
    if (!isLanguage(request.params.lang)) throw notFound('help.page_not_found');
    return reply.redirect(`/help/${request.params.lang}/`);
  });

  app.get<{ Params: { lang: string } }>('/help/:lang/', async (request, reply) =>
    sendPage(guideFolder, request.params.lang, 'index', reply),
  );

  app.get<{ Params: { lang: string; page: string } }>('/help/:lang/:page', async (request, reply) =>
    sendPage(guideFolder, request.params.lang, request.params.page, reply),
  );

  app.get<{ Params: { lang: string; page: string } }>('/help/:lang/:page/', async (request, reply) => {
    const { lang, page } = request.params;
    if (!isLanguage(lang) || !PAGE_NAME.test(page)) throw notFound('help.page_not_found');

    return reply.redirect(page === 'index' ? `/help/${lang}/` : `/help/${lang}/${page}`);
  });
}

async function sendPage(guideFolder: string, lang: string, page: string, reply: FastifyReply) {
  if (!isLanguage(lang) || !PAGE_NAME.test(page)) throw notFound('help.page_not_found');

  const markdown = await readFile(path.join(guideFolder, lang, `${page}.md`), 'utf8').catch(() => null);
  if (markdown === null) {
    // A person followed a stale link, so reply with a page in the guide's language, not with JSON.
    const message = escapeHtml(translate(lang, 'errors:help.page_not_found'));
    const body = `<h1>${message}</h1><p><a href="/help/${lang}/">${escapeHtml(translate(lang, 'shell:guide.contents'))}</a></p>`;
    return reply.status(404).type('text/html; charset=utf-8').send(renderPage(lang, 'index', message, body));
  }

  const html = await renderGuideMarkdown(markdown);
  const title = markdown.match(/^# (.+)$/m)?.[1] ?? 'Kontingent';

  return reply.type('text/html; charset=utf-8').send(renderPage(lang, page, title, html));
}

async function sendImage(guideFolder: string, name: string, reply: FastifyReply) {
  if (!IMAGE_NAME.test(name)) throw notFound('help.page_not_found');

  const image = await readFile(path.join(guideFolder, 'images', name)).catch(() => null);
  if (image === null) throw notFound('help.page_not_found');

  return reply.type('image/png').send(image);
}

/** Wrap a rendered page in an HTML document whose language links open the same page, because every language has the same pages. */
function renderPage(lang: Language, page: string, title: string, body: string): string {
  const pagePath = page === 'index' ? '' : page;
  const languageLinks = LANGUAGES.map((language) => `<a href="/help/${language}/${pagePath}">${language.toUpperCase()}</a>`).join('');

  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 860px; margin: 2rem auto; padding: 0 1rem; line-height: 1.55; color: #1f1f1f; }
img { max-width: 100%; border: 1px solid #ddd; border-radius: 6px; }
code { background: #f4f4f4; padding: 0 .25em; border-radius: 3px; }
table { border-collapse: collapse; } td, th { border: 1px solid #ddd; padding: .3em .6em; }
nav { margin-bottom: 1.5rem; } nav a { margin-right: 1rem; } nav a:first-child { margin-right: 2rem; }
</style></head>
<body><nav><a href="/">${escapeHtml(translate(lang, 'shell:guide.backToApp'))}</a>${languageLinks}</nav>
${body}</body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!);
}
