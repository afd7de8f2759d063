import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Radio, Select } from 'antd';
import { formatDateVi } from '../../../../lib/dates';
import { FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import {
  addComment,
  invalidateConsultations,
  useAuthorOptions,
  type AuthorKind,
  type ConsultationDetail,
} from '../api';
import { articleTitle, GENERAL, kindKey } from '../shared';

type Values = {
  articleRef: string;
  authorKind: AuthorKind;
  author?: string;
  organizationId?: string;
  meetingId?: string;
  content: string;
  contact?: string;
};
type Props = { consultation: ConsultationDetail; articleRef?: string; onClose: () => void };

/**
 * A comment typed in by staff: from a person, a member organisation (an organisation head: their own
 * only) or a consultation meeting, on one article or on the draft as a whole (GENERAL: sent without
 * `articleRef`). The server checks the article exists and the consultation is open.
 */
export function CommentModal({ consultation: c, articleRef, onClose }: Props) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const options = useAuthorOptions(c.id, true);
  const orgOnly = c.organizationIds !== null;
  const kind = Form.useWatch('authorKind', form) ?? (orgOnly ? 'organization' : 'person');
  const orgs = options.data?.organizations ?? [];
  const meetings = options.data?.meetings ?? [];

  return (
    <FormModal
      title={t('csAddComment')}
      form={form}
      name="consultation-comment"
      initialValues={{
        articleRef: articleRef ?? c.articles[0]?.ref,
        authorKind: orgOnly ? 'organization' : 'person',
        organizationId: orgOnly ? c.organizationIds?.[0] : undefined,
      }}
      onClose={onClose}
      onSubmit={(v) =>
        addComment(c.id, {
          articleRef: v.articleRef === GENERAL ? undefined : v.articleRef,
          authorKind: v.authorKind,
          author: v.author?.trim() || undefined,
          organizationId: v.authorKind === 'organization' ? v.organizationId : undefined,
          meetingId: v.authorKind !== 'organization' ? v.meetingId || undefined : undefined,
          content: v.content,
          contact: v.contact?.trim() || undefined,
        })
      }
      refresh={() => invalidateConsultations(qc)}
      onSaved={onClose}
    >
      <Form.Item name="articleRef" label={t('csArticleOrGeneral')} rules={[{ required: true, message: t('required') }]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={[
            { value: GENERAL, label: t('csGeneral') },
            ...c.articles.map((a) => ({ value: a.ref, label: articleTitle(a) })),
          ]}
        />
      </Form.Item>
      <Form.Item name="authorKind" label={t('csAuthorKind')} hidden={orgOnly}>
        <Radio.Group
          optionType="button"
          options={(['person', 'organization', 'meeting'] as const).map((k) => ({ value: k, label: t(kindKey(k)) }))}
        />
      </Form.Item>
      {kind === 'organization' && (
        <Form.Item
          name="organizationId"
          label={t('csOrganization')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Select loading={options.isLoading} options={orgs.map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>
      )}
      {kind !== 'organization' && (
        <Form.Item
          name="meetingId"
          label={t('csMeeting')}
          rules={kind === 'meeting' ? [{ required: true, message: t('required') }] : []}
        >
          <Select
            allowClear
            loading={options.isLoading}
            notFoundContent={t('csMeetingNone')}
            options={meetings.map((m) => ({ value: m.id, label: `${m.title} (${formatDateVi(m.date)})` }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="author"
        label={t('csAuthor')}
        rules={kind === 'person' ? [{ required: true, whitespace: true, message: t('required') }] : []}
      >
        <Input maxLength={200} placeholder={kind === 'person' ? t('csAuthorHint') : undefined} />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('csContent')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input.TextArea maxLength={5000} showCount autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      {kind === 'person' && (
        <Form.Item name="contact" label={t('csContact')}>
          <Input maxLength={200} />
        </Form.Item>
      )}
    </FormModal>
  );
}
