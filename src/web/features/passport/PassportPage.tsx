import { Skeleton } from 'antd';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { PassportForm } from './PassportForm.js';
import { useStudent } from './useStudent.js';

export function PassportPage() {
  const studentId = Number(useParams().id);
  const student = useStudent(studentId);

  if (!Number.isInteger(studentId) || studentId <= 0) {
    return <ErrorState error={new ApiError(404, 'student.not_found', 'student.not_found')} />;
  }

  if (student.isError) return <ErrorState error={student.error} onRetry={() => void student.refetch()} />;
  if (!student.data) return <Skeleton active paragraph={{ rows: 12 }} />;

  return <PassportForm key={student.data.id} student={student.data} />;
}
