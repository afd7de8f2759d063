import { systemMeta } from '../core/actor';
import { systemContext } from '../core/command';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { insertPost, type NewPost } from '../modules/posts/commands/create-post';
import { movePost } from '../modules/posts/commands/move-post';
import { sanitizeBody } from '../modules/posts/sanitize';
import { posts } from '../modules/posts/schema';
import type { Unit } from '../modules/units/schema';

const BTT = 'Ban Thường trực UBMTTQ xã Hồng Sơn';

const post = (p: Partial<NewPost> & Pick<NewPost, 'kind' | 'title' | 'body'>): NewPost => ({
  summary: null,
  authorName: BTT,
  videoUrl: null,
  videoMediaId: null,
  coverMediaId: null,
  status: 'published',
  ...p,
  body: sanitizeBody(p.body),
});

/**
 * Portal posts of xã Hồng Sơn: two news articles with the seed's relief and blood-drive figures, two
 * announcements, a video (an embed link; its id is a placeholder to replace with the commune's own
 * video) and a draft sent for approval. The conference news itself is drafted from the meeting elsewhere.
 */
export async function loadDemoPosts(db: Db, commune: Unit): Promise<void> {
  const c = { id: commune.id, path: commune.path };
  const m = systemMeta;
  // The demo tells 2023's story: each published post carries the day it would have been published.
  const on = async (day: string, p: Promise<{ id: string }>) => {
    const { id } = await p;
    await db
      .update(posts)
      .set({ publishedAt: new Date(`${day}T08:00:00+07:00`) })
      .where(eq(posts.id, id));
  };
  await on(
    '2023-01-20',
    insertPost(
      db,
      m,
      c,
      post({
        kind: 'news',
        title: 'Chung tay vì người nghèo – Tết Quý Mão 2023 ở xã Hồng Sơn',
        summary:
          'Ủy ban MTTQ xã phối hợp với UBND xã trao quà Tết cho 43 hộ cận nghèo, hộ có hoàn cảnh khó khăn với số tiền 21,5 triệu đồng.',
        body: `<p>Thực hiện chương trình "Chung tay vì người nghèo – Không để ai bị bỏ lại phía sau", Ủy ban MTTQ Việt Nam xã Hồng Sơn đã phối hợp với UBND xã tổ chức trao quà Tết Quý Mão 2023 cho <strong>43 hộ cận nghèo, hộ có hoàn cảnh khó khăn</strong> với tổng số tiền <strong>21,5 triệu đồng</strong>.</p>
<p>Cùng với đó, nhiều tổ chức, cá nhân trong và ngoài xã đã tặng quà cho hộ cận nghèo, hộ chính sách: tổng số hộ được tặng quà là <strong>257 hộ</strong>, tổng số tiền trên <strong>70 triệu đồng</strong>.</p>
<h3>Các thôn cùng vào cuộc</h3>
<ul><li>Ban công tác Mặt trận các khu dân cư rà soát, lập danh sách hộ được tặng quà;</li><li>Các tổ chức thành viên vận động hội viên đóng góp;</li><li>Danh sách ký nhận được công khai tại nhà văn hóa các thôn.</li></ul>
<blockquote>Mọi gia đình trong xã đều được đón Tết đầm ấm, không ai bị bỏ lại phía sau.</blockquote>`,
      }),
    ),
  );
  await on(
    '2023-04-24',
    insertPost(
      db,
      m,
      c,
      post({
        kind: 'news',
        title: 'Hồng Sơn hiến tặng 54 đơn vị máu, đạt 123% chỉ tiêu',
        summary:
          'Ngày hội hiến máu nhân đạo có 132 người đăng ký tham gia; kết quả hiến tặng 54/44 đơn vị máu, đạt 123% chỉ tiêu giao.',
        body: `<p>Hưởng ứng phong trào hiến máu tình nguyện, Ủy ban MTTQ xã Hồng Sơn phối hợp với Hội Chữ thập đỏ và Đoàn Thanh niên xã tổ chức ngày hội hiến máu nhân đạo. Có <strong>132 người</strong> đăng ký tham gia.</p>
<p>Kết quả đã hiến tặng <strong>54/44 đơn vị máu, đạt 123% chỉ tiêu giao</strong>. Ủy ban MTTQ xã trân trọng cảm ơn các tình nguyện viên và gia đình đã đồng hành.</p>`,
      }),
    ),
  );
  await on(
    '2023-10-16',
    insertPost(
      db,
      m,
      c,
      post({
        kind: 'announcement',
        title: 'Thông báo vận động ủng hộ Quỹ "Vì người nghèo" năm 2023',
        summary:
          'Ban Thường trực UBMTTQ xã kêu gọi cán bộ, đảng viên, các doanh nghiệp và Nhân dân ủng hộ Quỹ "Vì người nghèo" năm 2023.',
        body: `<p>Thực hiện kế hoạch của Ban Thường trực Ủy ban MTTQ tỉnh, Ban Thường trực Ủy ban MTTQ Việt Nam xã Hồng Sơn thông báo vận động ủng hộ <strong>Quỹ "Vì người nghèo"</strong> năm 2023.</p>
<ul><li>Thời gian: từ ngày 17/10 đến hết ngày 18/11/2023;</li><li>Hình thức: nộp trực tiếp tại Văn phòng MTTQ xã, qua Ban công tác Mặt trận các thôn, hoặc chuyển khoản (quét mã trên trang công khai tài chính);</li><li>Mọi khoản ủng hộ được cấp phiếu thu và công khai trên cổng thông tin của xã.</li></ul>`,
      }),
    ),
  );
  await on(
    '2023-02-01',
    insertPost(
      db,
      m,
      c,
      post({
        kind: 'announcement',
        title: 'Lịch tiếp công dân của Thường trực Ủy ban MTTQ xã',
        body: `<p>Thường trực Ủy ban MTTQ Việt Nam xã Hồng Sơn tiếp công dân vào <strong>sáng thứ Năm hằng tuần</strong> (từ 7 giờ 30 đến 11 giờ 00) tại Văn phòng MTTQ xã, trụ sở UBND xã Hồng Sơn.</p>
<p>Công dân có thể gửi ý kiến, kiến nghị trực tiếp hoặc qua mục <a href="/tra-cuu-kien-nghi">tra cứu kiến nghị</a> trên cổng thông tin. Khi đến, xin mang theo giấy tờ tùy thân.</p>`,
      }),
    ),
  );
  await on(
    '2023-11-18',
    insertPost(
      db,
      m,
      c,
      post({
        kind: 'video',
        title: 'Video: Ngày hội Đại đoàn kết toàn dân tộc ở thôn Đông',
        summary: 'Hình ảnh Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư thôn Đông.',
        body: '<p>Ngày hội là dịp để Nhân dân trong thôn ôn lại truyền thống, biểu dương các gia đình văn hóa tiêu biểu.</p>',
        videoUrl: 'https://www.youtube.com/watch?v=DEMOVIDEO01',
      }),
    ),
  );
  const draft = await insertPost(
    db,
    m,
    c,
    post({
      kind: 'news',
      title: 'Hội LHPN xã ra quân vệ sinh đường làng ngõ xóm',
      authorName: 'Lê Thị Hoa – Hội LHPN xã',
      body: '<p>Hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", hội viên phụ nữ các chi hội ra quân dọn vệ sinh, trồng hoa trên các tuyến đường làng.</p>',
      status: 'draft',
    }),
  );
  await movePost(systemContext(db), draft.id, 'pending');
}
