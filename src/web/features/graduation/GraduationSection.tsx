import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { BASIC_GRADUATION_GRADE } from '../../../domain/grades.js';
import { gradeLabel } from '../../shared/gradeLabel.js';
import { GraduationGrade } from './GraduationGrade.js';
import type { YearEndSectionProps } from './yearEndSections.js';

/** Renders the Graduation tab: a sub-tab for grade 9 and one for the school's final grade, chosen by `?grade=` in the URL. */
export function GraduationSection({ organizationId, finalGrade }: YearEndSectionProps) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const grades = [BASIC_GRADUATION_GRADE, finalGrade];

  const requested = Number(searchParams.get('grade'));
  const grade = grades.includes(requested) ? requested : grades[0];

  return (
    <Tabs
      type="card"
      aria-label={t('graduation:grades')}
      activeKey={String(grade)}
      onChange={(key) => setSearchParams({ grade: key }, { replace: true })}
      destroyOnHidden
      items={grades.map((value) => ({
        key: String(value),
        label: gradeLabel(t, value),
        children: <GraduationGrade key={value} organizationId={organizationId} grade={value} finalGrade={finalGrade} />,
      }))}
    />
  );
}
