import { Button, Card, Empty } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { exportXlsx } from '../../../lib/export-xlsx';
import { useI18n } from '../../../i18n';
import { CategoryTags, categoryKey, useSuggestions, type ReliefProgram, type Suggestion } from '../shared';
import { fileSafe } from '../../../lib/downloads';
import { BusyButton } from '../../../lib/file-buttons';

/**
 * Households of the aimed-at categories not yet served in this programme; the list holds only households the
 * caller reads, so the programme's `can.addSupport` says whether each may be given a gift.
 */
export function ReliefSuggestions({
  program,
  canAdd,
  onGive,
}: {
  program: ReliefProgram;
  canAdd: boolean;
  onGive: (s: Suggestion) => void;
}) {
  const { t } = useI18n();
  const list = useSuggestions(program.id);
  const rows = list.data ?? [];
  return (
    <Card
      size="small"
      title={`${t('reliefSuggestions')} (${rows.length})`}
      extra={
        <BusyButton
          size="small"
          disabled={rows.length === 0}
          onClick={() =>
            exportXlsx(
              fileSafe(`${t('reliefSuggestions')} - ${program.name}`),
              t('reliefSuggestions'),
              [
                { header: 'STT', value: (r: Suggestion) => rows.indexOf(r) + 1, format: 'integer', width: 6 },
                { header: t('reliefHeadName'), value: (r) => r.headName, width: 28 },
                { header: t('reliefVillage'), value: (r) => r.villageName, width: 16 },
                { header: t('address'), value: (r) => r.address ?? '', width: 30 },
                {
                  header: t('reliefCategory'),
                  value: (r) => r.categories.map((c) => t(categoryKey(c))).join(', '),
                  width: 28,
                },
              ],
              rows,
            )
          }
        >
          {t('reliefExport')}
        </BusyButton>
      }
    >
      <ResponsiveTable<Suggestion>
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={rows}
        scroll={{ x: 520 }}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reliefNoSuggestions')} /> }}
        columns={[
          { title: t('reliefHeadName'), dataIndex: 'headName' },
          { title: t('reliefVillage'), dataIndex: 'villageName', width: 120 },
          { title: t('reliefCategory'), render: (_, r) => <CategoryTags categories={r.categories} /> },
          {
            title: '',
            width: 80,
            card: 'actions',
            render: (_, r) =>
              canAdd ? (
                <Button size="small" onClick={() => onGive(r)}>
                  {t('reliefGive')}
                </Button>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
