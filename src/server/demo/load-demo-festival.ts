import { systemContext } from '../core/command';
import { addCommendation } from '../modules/festival/commands/add-commendation';
import { createFestival } from '../modules/festival/commands/create-festival';
import { updateFestival } from '../modules/festival/commands/update-festival';
import type { DemoContext } from '../modules/manifest';
import { listPosts } from '../modules/posts/queries';

const COMMENDED = [
  { kind: 'household', name: 'Nguyễn Văn Hùng', reason: 'Gia đình văn hóa tiêu biểu 3 năm liền (2021–2023)' },
  { kind: 'household', name: 'Hoàng Thị Mai', reason: 'Hiến 120 m² đất mở rộng đường liên thôn' },
  { kind: 'household', name: 'Lò Văn Sơn', reason: 'Phát triển kinh tế giỏi, giúp 3 hộ thoát nghèo' },
  { kind: 'person', name: 'Trần Văn Bình', reason: 'Tích cực trong công tác hòa giải ở cơ sở' },
  {
    kind: 'person',
    name: 'Phạm Thị Lan',
    reason: 'Chi hội trưởng phụ nữ tiêu biểu, vận động ủng hộ Quỹ “Vì người nghèo”',
  },
] as const;

/**
 * The Ngày hội Đại đoàn kết toàn dân tộc of Thôn Đông, xã Hồng Sơn, on 18/11/2023: its plan, the report's own
 * paragraph, the households and people commended, and the portal's video post about the day linked to it.
 */
export async function loadDemoFestival(d: DemoContext): Promise<void> {
  const ctx = systemContext(d.db);
  const village = d.villages.find((v) => v.name === 'Thôn Đông');
  if (!village) return;
  const festival = await createFestival(ctx, {
    villageId: village.id,
    date: '2023-11-18',
    startTime: '07:30',
    place: 'Nhà văn hóa Thôn Đông',
    presenter: 'Phạm Văn Đông',
    programme: [
      'Văn nghệ chào mừng của các chi hội trong thôn',
      'Diễn văn ôn lại truyền thống 93 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam',
      'Báo cáo kết quả thực hiện Cuộc vận động năm 2023',
      'Biểu dương, khen thưởng hộ gia đình, cá nhân tiêu biểu',
      'Bữa cơm đoàn kết của Nhân dân trong thôn',
    ],
    highlights:
      'Nhân dân trong thôn góp trên 300 ngày công, hiến 450 m² đất làm 1,2 km đường bê tông nội thôn; 100% hộ ký cam kết giữ gìn vệ sinh môi trường.',
  });
  for (const c of COMMENDED) await addCommendation(ctx, festival.id, { ...c });
  const videos = await listPosts(d.db, ctx.actor, {
    communeId: d.commune.id,
    kind: 'video',
    q: 'Ngày hội Đại đoàn kết',
  });
  const video = videos.find((p) => p.title.includes('Ngày hội Đại đoàn kết'));
  if (video) await updateFestival(ctx, festival.id, { newsPostId: video.id });
}
