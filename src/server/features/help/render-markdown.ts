import { Marked, type Renderer, type Tokens } from 'marked';

/**
 * Turn a heading into its anchor id by the rules of github-slugger, which
 * reproduces GitHub's heading anchors: lower case, every character other than
 * a letter, mark, digit, connector such as `_`, space or hyphen dropped, and
 * spaces turned into hyphens. Links such as
 * `passport.md#обязательные-показатели` then work on a code host and in the
 * served guide alike.
 */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Render a guide page: headings get GitHub's anchor ids, and links to `page.md` lead to the served page. */
export async function renderGuideMarkdown(markdown: string): Promise<string> {
  const usedSlugs = new Map<string, number>();

  const marked = new Marked({
    renderer: {
      heading(this: Renderer, token: Tokens.Heading) {
        const slug = headingSlug(token.text);
        const seen = usedSlugs.get(slug) ?? 0;
        usedSlugs.set(slug, seen + 1);

        // GitHub numbers repeated headings: "steps", "steps-1", "steps-2".
        const id = seen === 0 ? slug : `${slug}-${seen}`;
        return `<h${token.depth} id="${id}">${this.parser.parseInline(token.tokens)}</h${token.depth}>\n`;
      },
    },
  });

  const html = await marked.parse(markdown);

  // Pages link to each other as `page.md` so they also read well on a code host.
  return html.replace(
    /href="([a-z0-9-]+)\.md(#[^"]*)?"/g,
    (_link, linked: string, anchor = '') => `href="${linked === 'index' ? './' : linked}${anchor}"`,
  );
}
