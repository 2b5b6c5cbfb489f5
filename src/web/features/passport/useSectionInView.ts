import { useEffect, useRef, useState } from 'react';
import { sectionInView } from './sectionInView.js';

/** Pixels between the sticky header and a section that a menu link scrolls to. */
const GAP_BELOW_HEADER = 16;

/** Pixels of scroll left that still count as the bottom of the page. */
const BOTTOM_TOLERANCE = 2;

/** Milliseconds a section chosen in the menu stays highlighted while the page scrolls to it. The scroll of antd 6 lasts 450 ms. */
const SCROLL_TO_CHOSEN_MS = 1000;

export interface SectionTracking {
  /** DOM id of the section in view, '' before the first measure. */
  active: string;
  /** Pixels from the window's top at which a link puts its section: below the sticky header. */
  targetOffset: number;
  /** Tell the tracker that the user chose a section in the menu. */
  choose(id: string): void;
}

/**
 * Follows which of the sections (DOM ids, in page order) is in view as the
 * page scrolls or resizes, below the sticky element that `headerSelector`
 * finds. A section chosen in the menu is highlighted at once. It stays
 * highlighted while it shows, even at the end of the page where it cannot
 * reach the top, until the user scrolls with the wheel, a touch or a key.
 */
export function useSectionInView(ids: string[], headerSelector: string): SectionTracking {
  const [active, setActive] = useState('');
  const [targetOffset, setTargetOffset] = useState(GAP_BELOW_HEADER);
  const chosen = useRef<{ id: string; at: number } | null>(null);
  const update = useRef<() => void>(() => undefined);
  const idsKey = ids.join(' ');

  useEffect(() => {
    const sectionIds = idsKey.split(' ');

    update.current = () => {
      const header = document.querySelector<HTMLElement>(headerSelector);
      const headerBottom = header?.getBoundingClientRect().bottom ?? 0;
      const sections = sectionIds.flatMap((id) => {
        const element = document.getElementById(id);
        return element ? [{ id, top: element.getBoundingClientRect().top }] : [];
      });
      const scrolled = window.scrollY + window.innerHeight;
      const viewport = { top: headerBottom, height: window.innerHeight, atBottom: scrolled >= document.documentElement.scrollHeight - BOTTOM_TOLERANCE };

      const chosenSection = sections.find((section) => section.id === chosen.current?.id);
      const scrollingToChosen = chosen.current !== null && performance.now() - chosen.current.at < SCROLL_TO_CHOSEN_MS;
      const chosenHolds = chosenSection !== undefined && (scrollingToChosen || chosenSection.top < window.innerHeight);

      setActive(chosenHolds ? chosenSection.id : sectionInView(sections, viewport));
      setTargetOffset((header?.offsetHeight ?? 0) + GAP_BELOW_HEADER);
    };

    const onScroll = () => update.current();
    const onUserScroll = () => {
      chosen.current = null;
    };

    update.current();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    for (const name of ['wheel', 'touchstart', 'keydown'] as const) window.addEventListener(name, onUserScroll, { passive: true });

    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      for (const name of ['wheel', 'touchstart', 'keydown'] as const) window.removeEventListener(name, onUserScroll);
    };
  }, [idsKey, headerSelector]);

  return {
    active,
    targetOffset,
    choose: (id) => {
      chosen.current = { id, at: performance.now() };
      update.current();
    },
  };
}
