import { Select, Space, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../shared/localizedName.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { chooseOrganization, useCurrentOrganizationId } from './useCurrentOrganizationId.js';
import { useOrganizationSearch } from './useOrganizationSearch.js';

/** Lets an administrator, or district, region and ministry staff, choose a school among those they may open; operators never see it. */
export function OrganizationPicker() {
  const { t } = useTranslation();
  const language = useLanguage();
  const inputId = useId();
  const currentId = useCurrentOrganizationId();
  const [text, setText] = useState('');
  const search = useOrganizationSearch(text, true);

  const options = (search.data?.items ?? []).map((organization) => ({
    value: organization.id,
    label: `${localizedName(organization.names, language)} (${organization.id})`,
  }));

  return (
    <Space className="organization-picker" align="center">
      <Typography.Text strong>
        <label htmlFor={inputId}>{t('shell:organizationPicker.label')}</label>
      </Typography.Text>
      <Select
        id={inputId}
        showSearch={{ filterOption: false, onSearch: setText }}
        value={currentId ?? undefined}
        placeholder={t('shell:organizationPicker.placeholder')}
        options={options}
        loading={search.isFetching}
        notFoundContent={search.isFetching ? null : t('shell:organizationPicker.notFound')}
        onChange={(value: number) => chooseOrganization(value)}
        style={{ minWidth: 360 }}
      />
    </Space>
  );
}
