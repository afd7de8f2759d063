import { App, Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n';
import { fetchFile, saveBlob } from './downloads';

/** The file name the server gave (Content-Disposition, RFC 5987 first), else the address's last part. */
function fileNameOf(res: Response, href: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd)?.[1];
  if (star) return decodeURIComponent(star);
  const plain = /filename="?([^";]+)"?/i.exec(cd)?.[1];
  return plain ?? decodeURIComponent(href.split('?')[0]?.split('/').pop() ?? 'tep');
}

/**
 * A button that fetches a file the server builds (a .docx, a PDF that takes seconds, an export) and shows it is
 * working until the file is there: one click, one file — people on slow networks clicked twice and got two. A PDF
 * opens in a new tab (opened at the click, so no popup blocker stops it); the others download.
 */
export function DownloadButton({
  href,
  open = false,
  children,
  ...props
}: { href: string; open?: boolean } & Omit<ButtonProps, 'href' | 'onClick' | 'loading'>) {
  const { message } = App.useApp();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  async function run() {
    if (busy) return;
    setBusy(true);
    const tab = open ? window.open('', '_blank') : null;
    try {
      const res = await fetchFile(href);
      // A file made in the background (the public PDF) is not ready yet: the server says when to come back.
      if (res.status === 202) {
        tab?.close();
        void message.info(await res.text());
        return;
      }
      const blob = await res.blob();
      if (tab) tab.location.href = URL.createObjectURL(blob);
      else saveBlob(blob, fileNameOf(res, href));
    } catch (e) {
      tab?.close();
      void message.error(e instanceof Error ? e.message : t('downloadFailed'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button {...props} loading={busy} onClick={() => void run()}>
      {children}
    </Button>
  );
}

/**
 * A button whose work takes a while in the browser (an Excel file built on the phone, its library fetched first on a
 * slow network): it shows it is working and takes one click at a time.
 */
export function BusyButton({
  onClick,
  children,
  ...props
}: { onClick: () => unknown } & Omit<ButtonProps, 'onClick' | 'loading'>) {
  const { message } = App.useApp();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  async function run() {
    if (busy) return;
    setBusy(true);
    try {
      await onClick();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : t('downloadFailed'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button {...props} loading={busy} onClick={() => void run()}>
      {children}
    </Button>
  );
}

/** Small ".docx" / ".pdf" … buttons for one document's files; a PDF opens in a new tab, the others download. */
export function FileButtons<E extends string>({ exts, href }: { exts: readonly E[]; href: (ext: E) => string }) {
  return exts.map((ext) => (
    <DownloadButton key={ext} size="small" href={href(ext)} open={ext === 'pdf'}>
      .{ext}
    </DownloadButton>
  ));
}
