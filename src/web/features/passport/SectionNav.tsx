import { Anchor } from 'antd';
import { useTranslation } from 'react-i18next';
import { PASSPORT_SECTIONS } from '../../../domain/passport/catalogue.js';
import { useLanguage } from '../../shared/useLanguage.js';

/** DOM id of a section's card, the target of the section links. */
export function sectionAnchorId(code: string): string {
  return `section-${code}`;
}

/** Pixels hidden under the sticky passport header when the page scrolls to a section. */
const STICKY_HEADER_HEIGHT = 140;

export function SectionNav() {
  const { t } = useTranslation();
  const language = useLanguage();

  return (
    <nav aria-label={t('passport:sections')}>
      <Anchor
        affix={false}
        replace
        targetOffset={STICKY_HEADER_HEIGHT}
        items={PASSPORT_SECTIONS.map((section) => ({
          key: section.code,
          href: `#${sectionAnchorId(section.code)}`,
          title: section.labels[language],
        }))}
      />
    </nav>
  );
}
