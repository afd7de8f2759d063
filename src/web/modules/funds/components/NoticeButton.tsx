import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Tag } from 'antd';
import { formatDateVi } from '../../../../lib/dates';
import { useI18n } from '../../../i18n';
import { fundKeys, registerNotice } from '../api';
import type { DriveSummary } from '../shared';

/**
 * The drive's public announcement in the outgoing register: its number once entered, or (for the standing committee)
 * the button that takes one, so the PDF on the portal prints "Số: 05/TB-MTTQ-BTT" instead of a blank line.
 */
export function NoticeButton({ driveId, summary }: { driveId: string; summary: DriveSummary | undefined }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const enter = useMutation({
    mutationFn: () => registerNotice(driveId),
    onSuccess: (n) => {
      message.success(`${t('fundNoticeDone')}: ${n.number}`);
      void qc.invalidateQueries({ queryKey: fundKeys.driveSummary(driveId) });
    },
    onError: (e) => message.error(e instanceof Error ? e.message : String(e)),
  });
  if (summary?.notice)
    return (
      <Tag color="blue" style={{ alignSelf: 'center' }}>
        {t('fundNoticeNumber')} {summary.notice.number} · {formatDateVi(summary.notice.date)}
      </Tag>
    );
  if (!summary?.canRegisterNotice) return null;
  return (
    <Popconfirm title={t('fundNoticeConfirm')} onConfirm={() => enter.mutate()} okText={t('fundNoticeRegister')}>
      <Button size="small" loading={enter.isPending}>
        {t('fundNoticeRegister')}
      </Button>
    </Popconfirm>
  );
}
