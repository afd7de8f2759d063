import { Button } from 'antd';

/** Small ".docx" / ".pdf" … links to one document's files; a PDF opens in a new tab, the others download. */
export function FileButtons<E extends string>({ exts, href }: { exts: readonly E[]; href: (ext: E) => string }) {
  return exts.map((ext) => (
    <Button key={ext} size="small" href={href(ext)} target={ext === 'pdf' ? '_blank' : undefined} rel="noopener">
      .{ext}
    </Button>
  ));
}
