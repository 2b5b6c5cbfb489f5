import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { compareKazakh } from '../../../domain/kazakh-order.js';
import { gradeLabel } from '../../shared/gradeLabel.js';

export interface GradeLetter {
  grade: number | null;
  letter: string | null;
}

interface GradeLetterFilterProps {
  /** A prefix for the inputs' ids, unique on the page. */
  idPrefix: string;
  /** The students of the list, whose grades and letters become the options. */
  students: Array<{ grade: number; letter: string }>;
  value: GradeLetter;
  onChange: (value: GradeLetter) => void;
}

/** Renders the grade and letter filters of a year-end list, offering only the grades and letters the list contains. */
export function GradeLetterFilter({ idPrefix, students, value, onChange }: GradeLetterFilterProps) {
  const { t } = useTranslation();
  const grades = [...new Set(students.map((student) => student.grade))].sort((a, b) => a - b);
  const letters = [...new Set(students.filter((student) => value.grade === null || student.grade === value.grade).map((student) => student.letter))].sort(compareKazakh);

  return (
    <Form layout="inline" component="div" colon={false}>
      <Form.Item label={t('contingent:filters.grade')} htmlFor={`${idPrefix}-grade`}>
        <Select<number>
          id={`${idPrefix}-grade`}
          className="graduation-toolbar__letter"
          allowClear
          placeholder={t('contingent:filters.all')}
          value={value.grade ?? undefined}
          options={grades.map((grade) => ({ value: grade, label: gradeLabel(t, grade) }))}
          onChange={(grade) => onChange({ grade: grade ?? null, letter: null })}
        />
      </Form.Item>
      <Form.Item label={t('contingent:filters.letter')} htmlFor={`${idPrefix}-letter`}>
        <Select<string>
          id={`${idPrefix}-letter`}
          className="graduation-toolbar__letter"
          allowClear
          placeholder={t('contingent:filters.all')}
          value={value.letter ?? undefined}
          options={letters.map((letter) => ({ value: letter, label: letter }))}
          onChange={(letter) => onChange({ ...value, letter: letter ?? null })}
        />
      </Form.Item>
    </Form>
  );
}

/** Keeps the students that match the filter. */
export function filterByGradeLetter<T extends { grade: number; letter: string }>(students: T[], filter: GradeLetter): T[] {
  return students.filter((student) => (filter.grade === null || student.grade === filter.grade) && (filter.letter === null || student.letter === filter.letter));
}
