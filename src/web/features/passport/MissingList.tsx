import { CheckCircleOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { indicatorByCode } from '../../../domain/passport/catalogue.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { focusField } from './focusField.js';
import { fieldAnchorId } from './IndicatorField.js';

/** Lists the required indicators still empty on the form, each a link that jumps to its field. */
export function MissingList({ missing }: { missing: string[] }) {
  const { t } = useTranslation();
  const language = useLanguage();

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
                {indicatorByCode(code)?.labels[language] ?? code}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
