import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Flex, Input, Tooltip, Upload } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n';
import { postKeys, previewBody, uploadMedia } from '../api';

type Props = { value?: string; onChange?: (v: string) => void; communeId: string; disabled?: boolean };

/**
 * A plain HTML text area with buttons that wrap the selection in the tags the portal allows, and a live preview
 * sanitised by the server.
 */
export function BodyEditor({ value = '', onChange, communeId, disabled }: Props) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const ref = useRef<TextAreaRef>(null);
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), 400);
    return () => clearTimeout(id);
  }, [value]);
  const preview = useQuery({
    queryKey: postKeys.preview(communeId, debounced),
    enabled: debounced.trim() !== '',
    queryFn: () => previewBody(communeId, debounced),
  });

  const wrap = (open: string, close: string, placeholder = '') => {
    const el = ref.current?.resizableTextArea?.textArea;
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    const inner = value.slice(start, end) || placeholder;
    onChange?.(`${value.slice(0, start)}${open}${inner}${close}${value.slice(end)}`);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + open.length, start + open.length + inner.length);
    });
  };
  const link = () => {
    let href = 'https://';
    modal.confirm({
      title: t('psLinkPrompt'),
      content: <Input defaultValue={href} onChange={(e) => (href = e.target.value)} />,
      onOk: () => wrap(`<a href="${href.replace(/"/g, '&quot;')}">`, '</a>', href),
    });
  };
  const tools: [string, string, () => void][] = [
    ['B', t('psBold'), () => wrap('<strong>', '</strong>')],
    ['I', t('psItalic'), () => wrap('<em>', '</em>')],
    ['U', t('psUnderline'), () => wrap('<u>', '</u>')],
    ['H2', t('psHeading'), () => wrap('<h2>', '</h2>\n')],
    ['H3', t('psHeading'), () => wrap('<h3>', '</h3>\n')],
    ['¶', t('psParagraph'), () => wrap('<p>', '</p>\n')],
    ['•', t('psList'), () => wrap('<ul>\n<li>', '</li>\n</ul>\n')],
    ['“', t('psQuote'), () => wrap('<blockquote>', '</blockquote>\n')],
    ['URL', t('psLink'), link],
  ];
  return (
    <Flex vertical gap={8}>
      <Flex wrap gap={4}>
        {tools.map(([label, tip, run]) => (
          <Tooltip key={label} title={tip}>
            <Button size="small" onClick={run} disabled={disabled} aria-label={tip}>
              {label}
            </Button>
          </Tooltip>
        ))}
        <Upload
          accept="image/jpeg,image/png,image/webp"
          showUploadList={false}
          disabled={disabled}
          customRequest={({ file, onSuccess, onError }) => {
            uploadMedia(file as File, communeId)
              .then((m) => {
                wrap('', `<img src="${m.url}" alt="" />\n`);
                onSuccess?.(m);
              })
              .catch((e: unknown) => {
                void message.error(String((e as Error).message));
                onError?.(e as Error);
              });
          }}
        >
          <Button size="small" disabled={disabled}>
            {t('psImage')}
          </Button>
        </Upload>
      </Flex>
      <Input.TextArea
        ref={ref}
        value={value}
        onChange={(e) => onChange?.(e.target.value)}
        autoSize={{ minRows: 10, maxRows: 24 }}
        disabled={disabled}
        style={{ fontFamily: 'monospace', fontSize: 13 }}
      />
      <Card size="small" title={t('psPreview')}>
        {preview.data ? (
          <div
            className="post-preview"
            style={{ overflowX: 'auto' }}
            // The preview is the server's sanitizeBody output (POST /posts/preview), the same HTML the portal
            // publishes.
            // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised server-side, see above
            dangerouslySetInnerHTML={{ __html: preview.data }}
          />
        ) : (
          <span style={{ color: '#999' }}>{t('psPreviewEmpty')}</span>
        )}
      </Card>
    </Flex>
  );
}
