import { CheckCircleOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { indicatorByCode } from '../../../domain/passport/catalogue.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { focusField } from './focusField.js';
import { fieldAnchorId } from './IndicatorField.js';
import { isRequiredPersonalField } from './missingFields.js';

interface MissingListProps {
  /** Codes from missingFields: personal field names and indicator codes. */
  missing: string[];
  /** The form has changes not saved yet, so the list may differ from the saved passport. */
  unsaved: boolean;
}

/** Lists the required fields still empty on the form, each a link that jumps to its field. */
export function MissingList({ missing, unsaved }: MissingListProps) {
  const { t } = useTranslation();
  const language = useLanguage();

  const labelOf = (code: string) =>
    isRequiredPersonalField(code) ? t(`passport:personal.${code}`) : (indicatorByCode(code)?.labels[language] ?? code);

  return (
    <Card size="small" className="passport-missing" title={`${t('passport:missing.title')}: ${missing.length}`}>
      {missing.length === 0 ? (
        <Typography.Text type="success">
          <CheckCircleOutlined /> {t('passport:missing.none')}
        </Typography.Text>
      ) : (
        <ul className="passport-missing__list">
          {missing.map((code) => (
            <li key={code}>
              <a
                href={`#${fieldAnchorId(code)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(code);
                }}
              >
                {labelOf(code)}
              </a>
            </li>
          ))}
        </ul>
      )}
      {unsaved && (
        <Typography.Paragraph type="secondary" className="passport-missing__unsaved">
          {t('passport:missing.unsaved')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
