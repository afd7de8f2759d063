import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, DatePicker, Flex, Form, Input, List, Segmented, Tag, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { splitArticles, duplicateRef, type SplitArticle } from '../../../../lib/split-articles';
import type { Unit } from '../../../lib/api';
import { showApiError } from '../../../lib/forms';
import { CommuneItem, FailureShown, FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import { createConsultation, importConsultation, invalidateConsultations, previewImport } from '../api';
import { articleTitle } from '../shared';
import { DATE_FORMATS, today, toIso } from '../../../lib/dates';

type Values = {
  communeId: string;
  title: string;
  requestedBy?: string;
  opensOn: Dayjs;
  deadline: Dayjs;
  public: boolean;
  text?: string;
};
type Props = { open: boolean; communes: Unit[]; onClose: () => void; onSaved: (id: string) => void };
type Split = { articles: SplitArticle[]; preamble: string[] };

/** The articles a draft splits into, as the server will store them; a repeated reference is flagged. */
function SplitPreview({ split }: { split: Split }) {
  const { t } = useI18n();
  const dup = duplicateRef(split.articles);
  if (split.articles.length === 0) return <Alert type="warning" showIcon title={t('csPreviewNone')} />;
  return (
    <div data-testid="cs-preview">
      <Typography.Text strong>
        {t('csPreview')}: {split.articles.length} {t('csPreviewCount')}
      </Typography.Text>
      {dup && <Alert style={{ marginTop: 4 }} type="error" showIcon title={`${dup.ref} ${t('csDuplicate')}`} />}
      {split.preamble.length > 0 && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true }} style={{ margin: '4px 0' }}>
          {t('csPreamble')}: {split.preamble.join(' / ')}
        </Typography.Paragraph>
      )}
      <List
        size="small"
        bordered
        style={{ maxHeight: 240, overflowY: 'auto', marginTop: 4 }}
        dataSource={split.articles}
        renderItem={(a, i) => (
          <List.Item key={i}>
            <div style={{ minWidth: 0 }}>
              <Typography.Text strong>{articleTitle(a)}</Typography.Text>{' '}
              {dup?.index === i && <Tag color="red">{t('csDuplicate')}</Tag>}
              <Typography.Paragraph type="secondary" ellipsis={{ rows: 1 }} style={{ margin: 0 }}>
                {a.text}
              </Typography.Paragraph>
            </div>
          </List.Item>
        )}
      />
    </div>
  );
}

/** Put a draft out for comment: paste its text (split live as you type) or upload a .docx. Mounted only while open. */
export function CreateConsultationModal(props: Props) {
  return props.open ? <OpenModal {...props} /> : null;
}

function OpenModal({ communes, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [mode, setMode] = useState<'paste' | 'docx'>('paste');
  const [file, setFile] = useState<File | null>(null);
  const [fileSplit, setFileSplit] = useState<Split | null>(null);
  const [fileError, setFileError] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const text = Form.useWatch('text', form) ?? '';
  const split = useMemo(() => splitArticles(text), [text]);

  function formData(v: Values, preview: boolean) {
    const fd = new FormData();
    fd.set('communeId', v.communeId);
    fd.set('title', v.title);
    if (v.requestedBy?.trim()) fd.set('requestedBy', v.requestedBy.trim());
    fd.set('opensOn', toIso(v.opensOn));
    fd.set('deadline', toIso(v.deadline));
    fd.set('public', v.public ? 'true' : 'false');
    if (preview) fd.set('preview', '1');
    if (file) fd.set('file', file);
    return fd;
  }

  async function tryFile() {
    const v = await form.validateFields();
    if (!file) return setFileError(t('csFileRequired'));
    setBusy(true);
    try {
      setFileSplit(await previewImport(formData(v, true)));
      setFileError('');
    } catch (e) {
      const msg = showApiError(form, e);
      setFileSplit(null);
      setFileError((e as { fields?: Record<string, string> }).fields?.file ?? msg);
    } finally {
      setBusy(false);
    }
  }

  async function save(v: Values) {
    if (mode === 'docx' && !file) {
      setFileError(t('csFileRequired'));
      throw new FailureShown();
    }
    setBusy(true);
    try {
      const created =
        mode === 'paste'
          ? await createConsultation({
              communeId: v.communeId,
              title: v.title,
              requestedBy: v.requestedBy?.trim() || undefined,
              opensOn: toIso(v.opensOn),
              deadline: toIso(v.deadline),
              public: v.public,
              text: v.text ?? '',
            })
          : await importConsultation(formData(v, false));
      return created.id;
    } finally {
      setBusy(false);
    }
  }

  return (
    <FormModal
      title={t('csNew')}
      width={760}
      busy={busy}
      form={form}
      name="consultation-new"
      initialValues={{ communeId: communes[0]?.id, opensOn: today(), public: true }}
      onClose={onClose}
      onSubmit={save}
      successMessage={t('csCreated')}
      refresh={() => invalidateConsultations(qc)}
      onSaved={onSaved}
      placeErrors={(e) => {
        const fileMsg = (e as { fields?: Record<string, string> }).fields?.file;
        if (fileMsg) setFileError(fileMsg);
        return !!fileMsg;
      }}
    >
      <CommuneItem communes={communes} />
      <Form.Item
        name="title"
        label={t('csTitle')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={300} placeholder={t('csTitleHint')} />
      </Form.Item>
      <Form.Item name="requestedBy" label={t('csRequestedBy')}>
        <Input maxLength={200} placeholder={t('csRequestedByHint')} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item
          name="opensOn"
          label={t('csOpensOn')}
          rules={[{ required: true, message: t('required') }]}
          style={{ flex: '1 1 160px' }}
        >
          <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('csDeadline')}
          dependencies={['opensOn']}
          style={{ flex: '1 1 160px' }}
          rules={[
            { required: true, message: t('required') },
            ({ getFieldValue }) => ({
              validator: (_, d: Dayjs | undefined) =>
                !d || !getFieldValue('opensOn') || !d.isBefore(getFieldValue('opensOn'), 'day')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('csDeadlineBefore'))),
            }),
          ]}
        >
          <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="public" valuePropName="checked">
        <Checkbox>{t('csPublic')}</Checkbox>
      </Form.Item>
      <Segmented
        block
        value={mode}
        onChange={(m) => setMode(m as 'paste' | 'docx')}
        options={[
          { value: 'paste', label: t('csSource_paste') },
          { value: 'docx', label: t('csSource_docx') },
        ]}
        style={{ marginBottom: 12 }}
      />
      {mode === 'paste' ? (
        <>
          <Form.Item
            name="text"
            extra={t('csPasteHint')}
            rules={[{ required: true, whitespace: true, message: t('required') }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 6, maxRows: 14 }}
              placeholder={'Điều 1. Phạm vi điều chỉnh\nLuật này quy định …\nĐiều 2. Đối tượng áp dụng\n…'}
            />
          </Form.Item>
          {text.trim() && <SplitPreview split={split} />}
        </>
      ) : (
        <Flex vertical gap={8}>
          <Flex gap={8} wrap align="center">
            <Upload
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                setFileSplit(null);
                setFileError('');
                return false;
              }}
              onRemove={() => {
                setFile(null);
                setFileSplit(null);
              }}
            >
              <Button>{t('csChooseFile')}</Button>
            </Upload>
            <Button onClick={tryFile} loading={busy} disabled={!file}>
              {t('csPreviewFile')}
            </Button>
          </Flex>
          {fileError && <Alert type="error" showIcon title={fileError} />}
          {fileSplit && <SplitPreview split={fileSplit} />}
        </Flex>
      )}
    </FormModal>
  );
}
