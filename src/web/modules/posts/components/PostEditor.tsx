import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Flex, Form, Image, Input, Select, Space, Tag, Upload } from 'antd';
import { useEffect, useState } from 'react';
import type { ApiError } from '../../../lib/api';
import { showApiError } from '../../../lib/forms';
import { useI18n, type Key } from '../../../i18n';
import { BodyEditor } from './BodyEditor';
import {
  createPost,
  fetchPost,
  movePost,
  postKeys,
  updatePost,
  uploadMedia,
  type Post,
  type PostCommune,
  type PostKind,
  type PostStatus,
} from '../api';
import { POST_KINDS, STATUS_COLORS } from '../shared';

type Values = {
  kind: PostKind;
  title: string;
  summary?: string;
  authorName?: string;
  body: string;
  videoUrl?: string;
  coverMediaId?: string | null;
  videoMediaId?: string | null;
};

const moveLabel = (from: PostStatus, to: PostStatus): Key =>
  to === 'pending'
    ? 'psSubmit'
    : to === 'published'
      ? 'psPublish'
      : to === 'archived'
        ? 'psArchive'
        : from === 'pending'
          ? 'psWithdraw'
          : 'psUnpublish';

/** The editor drawer: a new post (id "new") or an existing one, with the lifecycle buttons the server allows. */
export function PostEditor({
  id,
  commune,
  onClose,
  onSaved,
}: {
  id: string | 'new' | null;
  commune: PostCommune;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [cover, setCover] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const post = useQuery({
    queryKey: postKeys.detail(id),
    enabled: !!id && id !== 'new',
    queryFn: () => fetchPost(id as string),
  });
  const p = post.data;
  const kind = Form.useWatch('kind', form);
  const videoMediaId = Form.useWatch('videoMediaId', form);
  const editable = id === 'new' ? commune.canCreate : !!p?.can?.edit;

  useEffect(() => {
    if (id === 'new') {
      form.resetFields();
      setCover(null);
    } else if (p) {
      form.setFieldsValue({
        kind: p.kind,
        title: p.title,
        summary: p.summary ?? '',
        authorName: p.authorName ?? '',
        body: p.body,
        videoUrl: p.videoUrl ?? '',
        coverMediaId: p.coverMediaId,
        videoMediaId: p.videoMediaId,
      });
      setCover(p.coverThumbUrl);
    }
  }, [id, p, form]);

  const refresh = (saved: Post) => {
    qc.setQueryData(postKeys.detail(saved.id), saved);
    void qc.invalidateQueries({ queryKey: postKeys.lists });
    onSaved(saved.id);
  };
  const fail = (e: unknown) => {
    const rest = showApiError(form, e);
    // Fields the form shows no input for (hidden upload ids, the lifecycle's "to") come as a message.
    const f = (e as Partial<ApiError>).fields ?? {};
    const hidden = f.to ?? f.coverMediaId ?? f.videoMediaId;
    if (rest || hidden) void message.error(rest || hidden);
  };

  const save = useMutation({
    mutationFn: ({ v, publish }: { v: Values; publish: boolean }) => {
      const body = {
        kind: v.kind,
        title: v.title,
        summary: v.summary ?? null,
        authorName: v.authorName ?? null,
        body: v.body ?? '',
        videoUrl: v.videoUrl ?? null,
        coverMediaId: v.coverMediaId ?? null,
        videoMediaId: v.videoMediaId ?? null,
      };
      return id === 'new'
        ? createPost({ communeId: commune.id, ...body, status: publish ? 'published' : 'draft' })
        : updatePost(id as string, body);
    },
    onSuccess: (saved) => {
      void message.success(t('psSaved'));
      refresh(saved);
    },
    onError: fail,
  });
  const move = useMutation({
    mutationFn: (to: PostStatus) => movePost(id as string, to),
    onSuccess: (saved) => {
      void message.success(t('psMoved'));
      refresh(saved);
    },
    onError: fail,
  });
  const confirmMove = (to: PostStatus) => {
    if (to !== 'published' && to !== 'archived') return move.mutate(to);
    modal.confirm({
      title: t(to === 'published' ? 'psConfirmPublish' : 'psConfirmArchive'),
      onOk: () => move.mutateAsync(to),
    });
  };

  const upload = (file: File, then: (m: { id: string; thumbUrl: string | null; url: string }) => void) => {
    setUploading(true);
    uploadMedia(file, commune.id)
      .then((m) => {
        then(m);
        void message.success(t('psUploaded'));
      })
      .catch((e: unknown) => void message.error((e as Error).message))
      .finally(() => setUploading(false));
  };

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="min(900px, 100vw)"
      destroyOnHidden
      title={
        p ? (
          <Space wrap>
            <Tag color={STATUS_COLORS[p.status]}>{t(`psStatus_${p.status}` as Key)}</Tag>
            {p.title}
          </Space>
        ) : (
          t('psNew')
        )
      }
      extra={
        p?.publicUrl && (
          <Button href={p.publicUrl} target="_blank" rel="noopener">
            {t('psOpenPortal')}
          </Button>
        )
      }
    >
      {id !== 'new' && p && !editable && (
        <Alert type="info" showIcon title={t('psReadOnly')} style={{ marginBottom: 12 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        disabled={!editable}
        initialValues={{ kind: 'news', body: '' }}
        onFinish={(v) => save.mutate({ v, publish: false })}
      >
        <Flex wrap gap={12}>
          <Form.Item name="kind" label={t('psKind')} style={{ minWidth: 160 }}>
            <Select options={POST_KINDS.map((k) => ({ value: k, label: t(`psKind_${k}` as Key) }))} />
          </Form.Item>
          <Form.Item name="authorName" label={t('psAuthor')} style={{ flex: '1 1 200px' }}>
            <Input maxLength={200} />
          </Form.Item>
        </Flex>
        <Form.Item name="title" label={t('psTitle')} rules={[{ required: true, message: t('required') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="summary" label={t('psSummary')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name="coverMediaId" hidden>
          <Input />
        </Form.Item>
        <Form.Item name="videoMediaId" hidden>
          <Input />
        </Form.Item>
        <Form.Item label={t('psCover')}>
          <Flex gap={8} align="center" wrap>
            {cover && <Image src={cover} width={120} alt="" />}
            <Upload
              accept="image/jpeg,image/png,image/webp"
              showUploadList={false}
              customRequest={({ file }) =>
                upload(file as File, (m) => {
                  form.setFieldValue('coverMediaId', m.id);
                  setCover(m.thumbUrl);
                })
              }
            >
              <Button loading={uploading}>{t('psCoverPick')}</Button>
            </Upload>
            {cover && (
              <Button
                onClick={() => {
                  form.setFieldValue('coverMediaId', null);
                  setCover(null);
                }}
              >
                {t('psCoverRemove')}
              </Button>
            )}
          </Flex>
        </Form.Item>
        {kind === 'video' && (
          <>
            <Form.Item name="videoUrl" label={t('psVideoUrl')}>
              <Input placeholder="https://www.youtube.com/watch?v=…" maxLength={500} />
            </Form.Item>
            <Form.Item label={t('psVideoFile')}>
              <Flex gap={8} align="center" wrap>
                <Upload
                  accept="video/mp4,video/webm"
                  showUploadList={false}
                  customRequest={({ file }) => upload(file as File, (m) => form.setFieldValue('videoMediaId', m.id))}
                >
                  <Button loading={uploading}>{uploading ? t('psUploading') : t('psVideoFile')}</Button>
                </Upload>
                {videoMediaId && <Tag color="green">{t('psVideoUploaded')}</Tag>}
              </Flex>
            </Form.Item>
          </>
        )}
        <Form.Item name="body" label={t('psBody')}>
          <BodyEditor communeId={commune.id} disabled={!editable} />
        </Form.Item>
      </Form>
      <Flex wrap gap={8}>
        {editable && (
          <Button type={id === 'new' ? 'default' : 'primary'} loading={save.isPending} onClick={() => form.submit()}>
            {t('psSaveDraft')}
          </Button>
        )}
        {id === 'new' && commune.canPublish && (
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => form.validateFields().then((v) => save.mutate({ v, publish: true }))}
          >
            {t('psPublishNow')}
          </Button>
        )}
        {p?.next?.map((to) => (
          <Button
            key={to}
            danger={to === 'archived'}
            type={to === 'published' ? 'primary' : 'default'}
            loading={move.isPending}
            onClick={() => confirmMove(to)}
          >
            {t(moveLabel(p.status, to))}
          </Button>
        ))}
      </Flex>
    </Drawer>
  );
}
