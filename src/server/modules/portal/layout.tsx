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
.empty{color:#595959;font-style:italic}footer{background:#3e2723;color:#eee;padding:16px;font-size:14px}
footer .wrap{max-width:960px;margin:0 auto}footer a{color:#ffcc80}ul.communes{padding-left:20px}nav.top{font-size:14px;margin-top:6px}
table{border-collapse:collapse;width:100%;font-size:15px}th,td{border:1px solid #d8cfbf;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f3ede2}td.num,th.num{text-align:right;white-space:nowrap}tr.total td{font-weight:bold}.scroll{overflow-x:auto}
.qr{display:flex;gap:12px;align-items:center;flex-wrap:wrap}.qr svg{width:180px;height:180px}ul.drives{padding-left:20px}
.col{display:grid;gap:16px;align-content:start;min-width:0}
nav.top{display:flex;flex-wrap:wrap;gap:4px 14px;align-items:center}nav.top form{display:flex;gap:4px;margin:0}
nav.top input{font:inherit;font-size:14px;padding:2px 6px;width:9em;border:0;border-radius:3px}nav.top button{font:inherit;font-size:14px;border:0;border-radius:3px;background:#ffcc80;color:#3e2723;padding:2px 8px}
.news{list-style:none;margin:0;padding:0}.news li{display:flex;gap:10px;padding:8px 0;border-top:1px solid #eee4d3}.news li:first-child{border-top:0}
.news img,.news .noimg{flex:0 0 120px;width:120px;height:80px;object-fit:cover;border-radius:4px;background:#efe6d6}
.news .noimg{display:flex;align-items:center;justify-content:center;color:#b71c1c;font-size:28px}
.news h3{margin:0;font-size:17px;line-height:1.3}.news h3 a{color:#222;text-decoration:none}.news h3 a:hover{color:#b71c1c}
.news p{margin:2px 0 0;font-size:15px;color:#444}.date{color:#595959;font-size:14px}
ul.notices{padding-left:18px;margin:0}ul.notices li{margin:4px 0}a.more{display:inline-block;margin-top:6px;font-size:15px;color:#b71c1c}
article h1{font-size:26px;line-height:1.25;margin:0 0 6px;color:#222;text-transform:none}article .meta{color:#666;font-size:15px;margin-bottom:10px}
@media(max-width:600px){article .body{text-align:left}}article .lead{font-weight:bold}article img{max-width:100%;height:auto}article figure{margin:0 0 12px}article figcaption{font-size:14px;color:#666;font-style:italic}
article .body{font-size:18px;text-align:justify}article blockquote{border-left:3px solid #b71c1c;margin:8px 0;padding:2px 12px;color:#444}
.video{position:relative;padding-top:56.25%;margin:8px 0}.video iframe{position:absolute;inset:0;width:100%;height:100%;border:0}video{width:100%;max-height:70vh;background:#000}
.pager{display:flex;justify-content:space-between;margin-top:10px}.pager a{color:#b71c1c}
form.search{display:flex;gap:6px;flex-wrap:wrap}form.search input{flex:1 1 200px;font:inherit;padding:4px 8px}form.search button{font:inherit;padding:4px 12px}
mark{background:#fff3c4}
.skip{position:absolute;left:8px;top:-200px;z-index:10;background:#fff;color:#b71c1c;padding:8px 14px;border:2px solid #b71c1c;border-radius:4px;font-weight:bold}
.skip:focus{top:8px}
:focus-visible{outline:3px solid #0958d9;outline-offset:2px}header :focus-visible,footer :focus-visible{outline-color:#fff}
main:focus{outline:none}
main>*{min-width:0}
.brand{display:flex;gap:12px;align-items:center}.brand .logo{flex:none;display:block;line-height:0}
.brand img{width:56px;height:56px;object-fit:contain;background:#fff;border-radius:50%;padding:3px}
footer{overflow-wrap:anywhere}footer .responsible{margin:2px 0 4px}
.intro{display:flex;gap:16px;align-items:flex-start;flex-wrap:wrap}.intro img{width:120px;height:120px;object-fit:contain;flex:none}
.intro .text{flex:1 1 260px;min-width:0}.intro p{margin:0 0 10px;text-align:justify}
dl.contact{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;margin:0}dl.contact dt{font-weight:bold}dl.contact dd{margin:0;overflow-wrap:anywhere}
@media(max-width:600px){dl.contact{grid-template-columns:1fr;gap:0}dl.contact dd{margin-bottom:8px}.intro p{text-align:left}}
@media(max-width:600px){table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:100%}
table.cards thead{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
table.cards tr{border:1px solid #d8cfbf;border-radius:4px;margin:0 0 8px;padding:4px 8px}
table.cards td{border:0;padding:2px 0;display:flex;gap:12px;justify-content:space-between;text-align:right;overflow-wrap:anywhere}
table.cards td::before{content:attr(data-label);font-weight:bold;text-align:left;flex:none;max-width:45%}
table.cards td.num{white-space:normal}table.cards td:empty{display:none}table.cards tr.total{background:#f3ede2}}
`;

/** The portal's page shell. `head` adds to <head> (feeds, canonical link, description). */
export function Page(props: { title: string; children: Child; head?: Child; description?: string }) {
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        {props.description && <meta name="description" content={props.description} />}
        <style>{raw(css)}</style>
        {props.head}
      </head>
      <body>
        {/* The first stop for keyboard users: past the header's links to the page's content. */}
        <a class="skip" href="#main-content">
          Bỏ qua đến nội dung chính
        </a>
        {props.children}
      </body>
    </html>
  );
}
