import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/resources.js';

const guideFolder = fileURLToPath(new URL('../../docs/guide', import.meta.url));

// English pages show the Russian screenshots, because screenshots are taken in Kazakh and Russian only.
const SCREENSHOT_LANGUAGE = { kk: 'kk', ru: 'ru', en: 'ru' } as const;

function pagesOf(language: string): string[] {
  return readdirSync(path.join(guideFolder, language))
    .filter((name) => name.endsWith('.md'))
    .sort();
}

function read(language: string, page: string): string {
  return readFileSync(path.join(guideFolder, language, page), 'utf8');
}

function linkedPages(markdown: string): string[] {
  const targets = [...markdown.matchAll(/\]\(([a-z0-9-]+\.md)(#[^)]*)?\)/g)].map((match) => match[1]);
  return [...new Set(targets)].sort();
}

function images(markdown: string): string[] {
  return [...markdown.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1]);
}

describe('operator guide pages', () => {
  const kazakhPages = pagesOf('kk');

  it('has an index in Kazakh', () => {
    expect(kazakhPages).toContain('index.md');
  });

  it('has the same pages in every language', () => {
    for (const language of LANGUAGES) {
      expect(pagesOf(language), language).toEqual(kazakhPages);
    }
  });

  it('links the same pages in every language', () => {
    for (const page of kazakhPages) {
      const expected = linkedPages(read('kk', page));

      for (const language of LANGUAGES) {
        expect(linkedPages(read(language, page)), `${language}/${page}`).toEqual(expected);
      }
    }
  });

  it('shows screenshots of its own language', () => {
    for (const language of LANGUAGES) {
      for (const page of kazakhPages) {
        for (const image of images(read(language, page))) {
          expect(image, `${language}/${page}`).toMatch(new RegExp(`^\\.\\./images/[a-z0-9-]+-${SCREENSHOT_LANGUAGE[language]}\\.png$`));
        }
      }
    }
  });

  it('lists graduation in every contents', () => {
    for (const language of LANGUAGES) {
      expect(linkedPages(read(language, 'index.md')), language).toContain('graduation.md');
    }
  });
});
