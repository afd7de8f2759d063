/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';

const css = `
*{box-sizing:border-box}body{margin:0;font-family:"Times New Roman",Liberation Serif,serif;color:#222;background:#f6f4ef;line-height:1.5}
header{background:#b71c1c;color:#fff;padding:16px}header .org{font-size:14px;letter-spacing:.5px;text-transform:uppercase}
header h1{margin:4px 0 0;font-size:24px;text-transform:uppercase}header a{color:#fff;text-decoration:none}
main{max-width:960px;margin:0 auto;padding:16px;display:grid;gap:16px;grid-template-columns:1fr}
@media(min-width:760px){main{grid-template-columns:2fr 1fr}}
section{background:#fff;border:1px solid #e0d8c8;border-radius:6px;padding:12px 16px}
section h2{margin:0 0 8px;font-size:18px;color:#b71c1c;border-bottom:2px solid #b71c1c;padding-bottom:4px}
.empty{color:#777;font-style:italic}footer{background:#3e2723;color:#eee;padding:16px;font-size:14px}
footer .wrap{max-width:960px;margin:0 auto}footer a{color:#ffcc80}ul.communes{padding-left:20px}nav.top{font-size:14px;margin-top:6px}
table{border-collapse:collapse;width:100%;font-size:15px}th,td{border:1px solid #d8cfbf;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f3ede2}td.num,th.num{text-align:right;white-space:nowrap}tr.total td{font-weight:bold}.scroll{overflow-x:auto}
.qr{display:flex;gap:12px;align-items:center;flex-wrap:wrap}.qr svg{width:180px;height:180px}ul.drives{padding-left:20px}
`;

export function Page(props: { title: string; children: Child }) {
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <style>{raw(css)}</style>
      </head>
      <body>{props.children}</body>
    </html>
  );
}
