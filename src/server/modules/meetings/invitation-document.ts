import { blankPlaceDateLine, placeDateLine, type Block, type OfficialDocument } from '../documents/model';
import {
  blankNumber,
  committeeName,
  delegateLine,
  headerOf,
  inSentence,
  whenWords,
  type CommuneInfo,
} from './document-parts';
import type { Meeting, MeetingDelegate } from './schema';

export type IssuedInfo = { number: string; date: string; signer: string | null } | null;

export const INVITATION_RECIPIENTS = ['Như trên;', 'Lưu: VT.'];

const label = (l: string, value: string): Block => ({
  kind: 'paragraph',
  content: [{ text: `${l}: `, bold: true }, value],
});

/**
 * GIẤY MỜI (Decree 30 layout): "Kính gửi", the committee inviting, time, place, chair, agenda, and the
 * delegates invited as a table — or, for one delegate (`only`), a personal invitation "Kính gửi: Đồng
 * chí …". Before issuing it previews with a blank number and date to be filled in.
 */
export function invitationDocument(
  meeting: Meeting,
  commune: CommuneInfo,
  delegates: MeetingDelegate[],
  issued: IssuedInfo,
  only?: MeetingDelegate,
): OfficialDocument {
  const you = only ? 'đồng chí' : 'các đồng chí';
  const toWhom = only
    ? delegateLine(only)
    : delegates.length
      ? 'Các đồng chí đại biểu có tên tại danh sách dưới đây'
      : '……………………………………………………';
  const body: Block[] = [
    { kind: 'paragraph', align: 'center', indent: false, content: [{ text: 'Kính gửi: ', bold: true }, toWhom] },
    {
      kind: 'paragraph',
      content: `${committeeName(commune)} trân trọng kính mời ${you} đến dự ${inSentence(meeting.title)}.`,
    },
    label('Thời gian', `${whenWords(meeting.date, meeting.startTime)}.`),
    label('Địa điểm', `${meeting.place || '……………………………………'}.`),
  ];
  if (meeting.chair)
    body.push(
      label('Chủ trì', `${delegateLine({ name: meeting.chair, title: meeting.chairTitle, organization: null })}.`),
    );
  if (meeting.agenda.length) {
    body.push({ kind: 'paragraph', content: { text: 'Nội dung:', bold: true } });
    body.push({
      kind: 'list',
      items: meeting.agenda.map((a, i) => `${a}${i === meeting.agenda.length - 1 ? '.' : ';'}`),
    });
  }
  if (!only && delegates.length) {
    body.push({ kind: 'paragraph', content: { text: 'Thành phần mời:', bold: true } });
    body.push({
      kind: 'table',
      fontSize: 12,
      columns: [
        { header: 'STT', type: 'index', width: 7.5 },
        { header: 'Họ và tên', width: 29 },
        { header: 'Chức vụ', width: 36 },
        { header: 'Đơn vị', width: 28 },
      ],
      rows: delegates.map((d, i) => [i + 1, d.name, d.title ?? '', d.organization ?? '']),
    });
  }
  body.push({ kind: 'paragraph', content: `Rất mong ${you} bố trí thời gian đến dự đúng giờ./.` });
  return {
    page: 'A4',
    draft: !issued,
    header: headerOf(commune),
    number: issued?.number ?? blankNumber('GM'),
    placeDate: issued ? placeDateLine(commune.name, issued.date) : blankPlaceDateLine(commune.name),
    title: 'GIẤY MỜI',
    subtitle: `Dự ${inSentence(meeting.title)}`,
    body,
    closing: {
      recipients: { lines: INVITATION_RECIPIENTS },
      signatures: [
        {
          authority: 'TM. BAN THƯỜNG TRỰC',
          position: 'CHỦ TỊCH',
          name: issued?.signer ?? commune.settings.chairName ?? '',
        },
      ],
    },
    meta: { author: committeeName(commune), description: `Giấy mời dự ${meeting.title}` },
  };
}
