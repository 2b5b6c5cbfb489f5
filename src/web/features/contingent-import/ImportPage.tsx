import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { isApiError } from '../../api/client.js';
import { translateError } from '../../shared/translateError.js';
import { NoOrganization } from '../organization/NoOrganization.js';
import { useCurrentOrganizationId } from '../organization/useCurrentOrganizationId.js';
import { ImportSummary } from './ImportSummary.js';
import { ProblemsTable } from './ProblemsTable.js';
import { TemplateLinks } from './TemplateLinks.js';
import { MAX_IMPORT_FILE_MEGABYTES } from './types.js';
import { useImportCommit, useImportPreview } from './useContingentImport.js';
import './contingent-import.css';

/** Renders the page "Import from Excel": template links, the file, the check that writes nothing, then the import. */
export function ImportPage() {
  const organizationId = useCurrentOrganizationId();
  if (organizationId === null) return <NoOrganization />;

  return <ContingentImport organizationId={organizationId} />;
}

function ContingentImport({ organizationId }: { organizationId: number }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const preview = useImportPreview(organizationId);
  const commit = useImportCommit(organizationId);

  const choose = (chosen: File) => {
    preview.reset();
    commit.reset();
    const tooLarge = chosen.size > MAX_IMPORT_FILE_MEGABYTES * 1024 * 1024;
    setFile(tooLarge ? null : chosen);
    setFileError(tooLarge ? t('errors:import.file_too_large', { maxMegabytes: MAX_IMPORT_FILE_MEGABYTES }) : null);
  };

  const runImport = () => {
    if (!file) return;
    commit.mutate(file, {
      onSuccess: (result) => {
        void message.success(t('excel:import.success', { created: result.created, updated: result.updated, unchanged: result.unchanged }));
        navigate('/contingent');
      },
    });
  };

  const commitProblems = isApiError(commit.error) ? commit.error.fieldErrors : [];
  const result = preview.data;
  const canImport = result !== undefined && result.problemCount === 0 && result.create + result.update > 0;

  return (
    <Card>
      <Breadcrumb className="import__breadcrumb" items={[{ key: 'contingent', title: <Link to="/contingent">{t('contingent:title')}</Link> }, { key: 'import', title: t('excel:import.title') }]} />
      <Typography.Title level={4}>{t('excel:import.title')}</Typography.Title>
      <Typography.Paragraph>{t('excel:import.hint')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('excel:import.updateRule')}</Typography.Paragraph>
      <TemplateLinks />

      <Upload.Dragger
        className="import__file"
        accept=".xlsx,.csv"
        maxCount={1}
        fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
        beforeUpload={(chosen) => {
          choose(chosen);
          return false;
        }}
        onRemove={() => {
          setFile(null);
          preview.reset();
          commit.reset();
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('excel:import.dropHint')}</p>
        <p className="ant-upload-hint">{t('excel:import.formats', { maxMegabytes: MAX_IMPORT_FILE_MEGABYTES })}</p>
      </Upload.Dragger>
      {fileError && <Alert type="error" showIcon className="form-alert" title={fileError} />}

      <Space className="import__actions" wrap>
        <Button type="primary" disabled={!file} loading={preview.isPending} onClick={() => file && preview.mutate(file)}>
          {t('excel:import.check')}
        </Button>
        <Button disabled={!canImport} loading={commit.isPending} onClick={runImport}>
          {t('excel:import.commit')}
        </Button>
      </Space>

      {preview.isError && <Alert type="error" showIcon className="form-alert" title={translateError(i18n, preview.error)} />}
      {commit.isError && <Alert type="error" showIcon className="form-alert" title={translateError(i18n, commit.error)} />}
      {commitProblems.length > 0 && <ProblemsTable problems={commitProblems} />}
      {result && file && <ImportSummary fileName={file.name} preview={result} />}
      {result && result.problems.length > 0 && <ProblemsTable problems={result.problems} />}
    </Card>
  );
}
