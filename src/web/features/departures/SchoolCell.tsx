import { Typography } from 'antd';
import { useLanguage } from '../../shared/useLanguage.js';
import { schoolLabel, territoryText } from './schoolName.js';
import type { SchoolView } from './types.js';

/** Renders a school in a table cell: its name and ID, and the territory below in grey. */
export function SchoolCell({ school }: { school: SchoolView }) {
  const language = useLanguage();

  return (
    <div className="school-cell">
      <div>{schoolLabel(school, language)}</div>
      <Typography.Text type="secondary" className="school-cell__territory">
        {territoryText(school, language)}
      </Typography.Text>
    </div>
  );
}
