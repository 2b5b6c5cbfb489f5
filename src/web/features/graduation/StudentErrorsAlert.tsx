import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { translateError } from '../../shared/translateError.js';
import type { StudentListItem } from '../contingent/types.js';
import { studentErrorLines } from './studentErrors.js';

interface StudentErrorsAlertProps {
  error: unknown;
  /** The students of the loaded lists, by id, to name the students the server rejected. */
  students: Map<number, StudentListItem>;
  /** The line above the students; the graduation's by default. */
  intro?: string;
}

/** Shows why a bulk action was rejected: the translated error and, per student, what is wrong with them. */
export function StudentErrorsAlert({ error, students, intro }: StudentErrorsAlertProps) {
  const { t, i18n } = useTranslation();
  const title = translateError(i18n, error);
  const lines = isApiError(error) ? studentErrorLines(i18n, error, students) : [];

  return (
    <Alert
      type="error"
      showIcon
      className="form-alert"
      title={title}
      description={
        lines.length > 0 && (
          <>
            {intro ?? t('graduation:dialog.studentErrors')}
            <ul className="graduation-student-errors">
              {lines.map((line) => {
                // When every student has the error of the title, the list names them without repeating it.
                const details = line.messages.filter((text) => text !== title);
                return (
                  <li key={line.studentId}>
                    <strong>{line.name}</strong>
                    {details.length > 0 && `: ${details.join(' ')}`}
                  </li>
                );
              })}
            </ul>
          </>
        )
      }
    />
  );
}
