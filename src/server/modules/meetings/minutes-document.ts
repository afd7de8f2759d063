import { formatInteger } from '../../../lib/numbers';
import { DOTS, placeDateLine, viDateWords, type Block, type OfficialDocument } from '../documents/model';
import {
  blankNumber,
  clockWords,
  committeeName,
  delegateLine,
  headerOf,
  inSentence,
  paragraphsOf,
  type CommuneInfo,
} from './document-parts';
import type { Meeting, MeetingDelegate } from './schema';

type Para = Extract<Block, { kind: 'paragraph' }>['content'];
const p = (content: Para): Block => ({ kind: 'paragraph', content });
const labelled = (l: string, value: string): Block => p([{ text: `${l}: `, bold: true }, value]);

function attendanceBlocks(meeting: Meeting, delegates: MeetingDelegate[]): Block[] {
  const out: Block[] = [];
  out.push(
    labelled(
      'Chủ trì',
      meeting.chair ? `${delegateLine({ name: meeting.chair, title: meeting.chairTitle, organization: null })}.` : DOTS,
    ),
  );
  out.push(
    labelled(
      'Thư ký',
      meeting.secretary ? `${delegateLine({ name: meeting.secretary, title: null, organization: null })}.` : DOTS,
    ),
  );
  if (delegates.length) {
    const present = delegates.filter((d) => d.attended === true);
    const absent = delegates.filter((d) => d.attended === false);
    const marked = present.length + absent.length > 0;
    out.push(
      labelled(
        'Đại biểu được mời',
        marked
          ? `${formatInteger(delegates.length)}, có mặt ${formatInteger(present.length)}/${formatInteger(delegates.length)}.`
          : `${formatInteger(delegates.length)}.`,
      ),
    );
    const shown = marked ? present : delegates;
    if (shown.length)
      out.push({ kind: 'list', items: shown.map((d, i) => `${delegateLine(d)}${i === shown.length - 1 ? '.' : ';'}`) });
    if (absent.length) out.push(labelled('Vắng mặt', `${absent.map((d) => delegateLine(d, false)).join('; ')}.`));
  }
  if (meeting.presentCount !== null || meeting.expectedCount !== null) {
    const present = meeting.presentCount !== null ? formatInteger(meeting.presentCount) : '……';
    const total = meeting.expectedCount !== null ? `/${formatInteger(meeting.expectedCount)}` : '';
    out.push(
      labelled('Số người tham dự', `${present}${total} người${meeting.expectedCount !== null ? ' được mời' : ''}.`),
    );
  }
  return out;
}

/**
 * BIÊN BẢN of a meeting (Decree 30 layout): opening (time, place, who held it), attendance, agenda,
 * proceedings as the secretary typed them, conclusions, the closing line (its time left to be written
 * in: the schema keeps no end time), and the signatures of the secretary and the chair.
 */
export function minutesDocument(
  meeting: Meeting,
  commune: CommuneInfo,
  delegates: MeetingDelegate[],
  conclusions: string[],
  issued: { number: string; date: string } | null,
): OfficialDocument {
  const clock = clockWords(meeting.startTime);
  const opening = `Hôm nay, ${clock ? `vào hồi ${clock}, ` : ''}${viDateWords(meeting.date)}, tại ${meeting.place || DOTS}, ${committeeName(commune)} tổ chức ${inSentence(meeting.title)}.`;
  const body: Block[] = [
    p(opening),
    { kind: 'heading', level: 1, text: 'I. THÀNH PHẦN THAM DỰ' },
    ...attendanceBlocks(meeting, delegates),
  ];
  body.push({ kind: 'heading', level: 1, text: 'II. NỘI DUNG HỘI NGHỊ' });
  if (meeting.agenda.length)
    body.push({
      kind: 'list',
      items: meeting.agenda.map((a, i) => `${a}${i === meeting.agenda.length - 1 ? '.' : ';'}`),
    });
  body.push({ kind: 'heading', level: 2, text: 'Diễn biến hội nghị:' });
  const proceedings = paragraphsOf(meeting.minutes);
  if (proceedings.length) body.push(...proceedings.map((t) => p(t)));
  else body.push(p(DOTS + DOTS), p(DOTS + DOTS));
  body.push({ kind: 'heading', level: 1, text: 'III. KẾT LUẬN CỦA HỘI NGHỊ' });
  if (conclusions.length) body.push(...conclusions.map((c, i) => p(`${i + 1}. ${c}`)));
  else body.push(p(DOTS + DOTS));
  body.push(
    p(
      'Hội nghị kết thúc vào hồi …… giờ …… phút cùng ngày. Biên bản đã được đọc lại cho hội nghị nghe và nhất trí thông qua./.',
    ),
  );
  return {
    page: 'A4',
    draft: !issued,
    header: headerOf(commune),
    number: issued?.number ?? blankNumber('BB'),
    placeDate: placeDateLine(commune.name, issued?.date ?? meeting.date),
    title: 'BIÊN BẢN',
    subtitle: meeting.title,
    body,
    closing: {
      signatures: [
        { position: 'THƯ KÝ', name: meeting.secretary ?? '' },
        { position: 'CHỦ TRÌ', name: meeting.chair ?? '' },
      ],
    },
    meta: { author: committeeName(commune), description: `Biên bản ${meeting.title}` },
  };
}
