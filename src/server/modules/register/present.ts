import { z } from '@hono/zod-openapi';
import { documentTypeCodes, type OutgoingDocument, registerSources } from './schema';

export const TYPE_NAMES: Record<OutgoingDocument['typeCode'], string> = {
  BC: 'Báo cáo',
  KH: 'Kế hoạch',
  TB: 'Thông báo',
  GM: 'Giấy mời',
  BB: 'Biên bản',
  QĐ: 'Quyết định',
  CV: 'Công văn',
  TTr: 'Tờ trình',
  CT: 'Chương trình',
};

export function presentRegisterEntry(r: OutgoingDocument) {
  return {
    id: r.id,
    issuerId: r.issuerId,
    year: r.year,
    typeCode: r.typeCode,
    typeName: TYPE_NAMES[r.typeCode],
    seq: r.seq,
    number: r.number,
    date: r.date,
    summary: r.summary,
    signer: r.signer,
    recipients: r.recipients,
    sourceKind: r.sourceKind,
    sourceId: r.sourceId,
    /** The app issued it and keeps the file: GET …/{id}/document.docx|.pdf. */
    hasDocument: r.snapshot !== null,
    createdAt: r.createdAt.toISOString(),
    /** An entry is never edited once numbered; its issued file is downloaded when the app keeps it. */
    can: { download: r.snapshot !== null },
  };
}

export const registerEntry = z
  .object({
    id: z.string(),
    issuerId: z.string(),
    year: z.number(),
    typeCode: z.enum(documentTypeCodes),
    typeName: z.string(),
    seq: z.number(),
    number: z.string(),
    date: z.string(),
    summary: z.string(),
    signer: z.string().nullable(),
    recipients: z.array(z.string()),
    sourceKind: z.enum(registerSources),
    sourceId: z.string().nullable(),
    hasDocument: z.boolean(),
    createdAt: z.string(),
    can: z.object({ download: z.boolean() }),
  })
  .openapi('RegisterEntry');
