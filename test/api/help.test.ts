import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpRoutes } from '../../src/server/features/help/routes.js';
import { registerErrorHandler } from '../../src/server/http/error-handler.js';

// The 8-byte PNG signature is enough for a file the route only reads and sends.
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const INDEX_MD = '# Нұсқаулық\n\n- [Жүйеге кіру](login.md)\n- [Паспорт](passport.md#iin)\n';
const LOGIN_MD = '# Жүйеге кіру\n\n![Кіру беті](../images/login-kk.png)\n\n[Мазмұны](index.md)\n';
const HEADINGS_MD = '# Бет\n\n## «Репетиция» баннері\n\n## Қадамдар\n\n## Қадамдар\n\n[Көрсеткіштер](passport.md#міндетті-көрсеткіштер)\n';

describe('help routes', () => {
  let folder: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'kontingent-help-'));
    await mkdir(path.join(folder, 'kk'));
    await mkdir(path.join(folder, 'images'));
    await writeFile(path.join(folder, 'kk', 'index.md'), INDEX_MD);
    await writeFile(path.join(folder, 'kk', 'login.md'), LOGIN_MD);
    await writeFile(path.join(folder, 'kk', 'headings.md'), HEADINGS_MD);
    await writeFile(path.join(folder, 'images', 'login-kk.png'), PNG_BYTES);

    app = Fastify();
    registerErrorHandler(app);
    helpRoutes(app, { guideFolder: folder });
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    await rm(folder, { recursive: true, force: true });
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('serves the index at the language folder', async () => {
    const response = await get('/help/kk/');

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('<title>Нұсқаулық</title>');
    expect(response.body).toContain('<a href="login">Жүйеге кіру</a>');
    expect(response.body).toContain('<a href="passport#iin">Паспорт</a>');
  });

  it('redirects the language without a slash', async () => {
    const response = await get('/help/kk');

    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/help/kk/');
  });

  it('redirects a page with a trailing slash', async () => {
    expect((await get('/help/kk/login/')).headers.location).toBe('/help/kk/login');
    expect((await get('/help/kk/index/')).headers.location).toBe('/help/kk/');
  });

  it('keeps image paths relative to the page', async () => {
    const response = await get('/help/kk/login');

    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<img src="../images/login-kk.png" alt="Кіру беті">');
    expect(response.body).toContain('<a href="./">Мазмұны</a>');
  });

  it('resolves image links to the image route', async () => {
    const indexImage = new URL('../images/login-kk.png', 'http://host/help/kk/');
    const pageImage = new URL('../images/login-kk.png', 'http://host/help/kk/login');

    expect(indexImage.pathname).toBe('/help/images/login-kk.png');
    expect(pageImage.pathname).toBe('/help/images/login-kk.png');

    const response = await get(pageImage.pathname);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.rawPayload.equals(PNG_BYTES)).toBe(true);
  });

  it('links each language to the same page', async () => {
    const response = await get('/help/kk/login');

    expect(response.body).toContain('<a href="/help/ru/login">RU</a>');
    expect(response.body).toContain('<a href="/help/en/login">EN</a>');
  });

  it('gives headings the anchor ids of a code host', async () => {
    const response = await get('/help/kk/headings');

    expect(response.body).toContain('<h2 id="репетиция-баннері">«Репетиция» баннері</h2>');
    expect(response.body).toContain('<h2 id="қадамдар">Қадамдар</h2>');
    expect(response.body).toContain('<h2 id="қадамдар-1">Қадамдар</h2>');
  });

  it('keeps the anchor of a link to another page', async () => {
    const response = await get('/help/kk/headings');
    const href = response.body.match(/<a href="([^"]+)">Көрсеткіштер<\/a>/)?.[1];

    expect(href).toBeDefined();
    expect(decodeURIComponent(href!)).toBe('passport#міндетті-көрсеткіштер');
  });

  it('rejects unknown pages, languages and images', async () => {
    for (const url of ['/help/de/', '/help/de', '/help/kk/..%2Fsecret', '/help/images/missing.png', '/help/images/login-kk.jpg']) {
      const response = await get(url);

      expect(response.statusCode, url).toBe(404);
      expect(response.json().code, url).toBe('help.page_not_found');
    }
  });

  it('answers a missing page with an HTML page in its language', async () => {
    const response = await get('/help/ru/missing');

    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('<html lang="ru">');
    expect(response.body).toContain('Такой страницы руководства нет.');
    expect(response.body).toContain('href="/help/ru/"');
  });

  it('links every page back to the application', async () => {
    const response = await get('/help/kk/');

    expect(response.body).toContain('<a href="/">← Қосымшаға оралу</a>');
  });

  it('redirects the bare help path to Kazakh', async () => {
    const response = await get('/help');

    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/help/kk/');
  });
});
