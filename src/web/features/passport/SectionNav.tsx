import { Anchor } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPORT_SECTIONS } from '../../../domain/passport/catalogue.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { useSectionInView } from './useSectionInView.js';

/** DOM id of a section's card, the target of the section links. */
export function sectionAnchorId(code: string): string {
  return `section-${code}`;
}

/** The panel after the passport sections that lists the student's movements. */
export const TRAJECTORY_SECTION = 'trajectory';

/** The sticky header above the form; links scroll their section to just below it. */
const STICKY_HEADER_SELECTOR = '.passport-header';

/** Renders the menu of the passport sections and the trajectory panel, with the one in view highlighted. */
export function SectionNav() {
  const { t } = useTranslation();
  const language = useLanguage();

  const items = [
    ...PASSPORT_SECTIONS.map((section) => ({ key: section.code, title: section.labels[language] })),
    { key: TRAJECTORY_SECTION, title: t('passport:trajectory.title') },
  ].map((item) => ({ ...item, href: `#${sectionAnchorId(item.key)}` }));

  const tracking = useSectionInView(
    items.map((item) => sectionAnchorId(item.key)),
    STICKY_HEADER_SELECTOR,
  );
  const currentAnchor = useCallback(() => (tracking.active ? `#${tracking.active}` : ''), [tracking.active]);

  return (
    <nav aria-label={t('passport:sections')}>
      <Anchor
        affix={false}
        replace
        targetOffset={tracking.targetOffset}
        getCurrentAnchor={currentAnchor}
        onClick={(_event, link) => tracking.choose(link.href.slice(1))}
        items={items}
      />
    </nav>
  );
}
