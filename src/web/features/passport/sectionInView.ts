/** The top of a section's card, in pixels from the top of the window. */
export interface SectionPosition {
  id: string;
  top: number;
}

export interface Viewport {
  /** Pixels from the top of the window to the bottom of the sticky header, where the visible form begins. */
  top: number;
  /** The window's inner height in pixels. */
  height: number;
  /** The page cannot scroll further down. */
  atBottom: boolean;
}

/**
 * Picks the section the reader is looking at: the last one whose top has
 * passed the upper third of the form's visible part. At the bottom of the page
 * it is the last section that shows at all, because the sections near the end
 * never scroll that far up. Before any section the first one is chosen.
 */
export function sectionInView(sections: SectionPosition[], viewport: Viewport): string {
  if (sections.length === 0) return '';

  if (viewport.atBottom) {
    const visible = sections.filter((section) => section.top < viewport.height);
    if (visible.length > 0) return visible[visible.length - 1].id;
  }

  const readingLine = viewport.top + (viewport.height - viewport.top) / 3;
  let current = sections[0].id;
  for (const section of sections) {
    if (section.top <= readingLine) current = section.id;
  }

  return current;
}
