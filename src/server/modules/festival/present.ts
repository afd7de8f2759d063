import type { Actor } from '../../core/actor';
import type { IssuedDocument } from '../register/figures';
import { canCreatePost } from '../posts/policy';
import type { VisibleFestival } from './lookup';
import { canManageFestival } from './policy';
import type { Festival, FestivalCommendation } from './schema';

export function presentCommendation(c: FestivalCommendation) {
  return { id: c.id, kind: c.kind, name: c.name, reason: c.reason, householdId: c.householdId };
}

export function presentFestival(
  f: Festival,
  extra: {
    communeName: string;
    villageName: string;
    commended: { households: number; people: number };
    reportNumber: string | null;
  },
) {
  return {
    id: f.id,
    communeId: f.communeId,
    communeName: extra.communeName,
    villageId: f.villageId,
    villageName: extra.villageName,
    year: f.year,
    date: f.date,
    startTime: f.startTime,
    place: f.place,
    programme: f.programme,
    presenter: f.presenter,
    highlights: f.highlights,
    tasks: f.tasks,
    newsPostId: f.newsPostId,
    commended: extra.commended,
    reportNumber: extra.reportNumber,
  };
}

export function presentFestivalDetail(
  actor: Actor,
  v: VisibleFestival,
  commendations: FestivalCommendation[],
  newsPost: { id: string; title: string; status: string; kind: string } | null,
  issued: IssuedDocument | null,
) {
  const edit = canManageFestival(actor, v.commune, v.village.path);
  const draft = v.festival.documentId === null;
  const households = commendations.filter((c) => c.kind === 'household').length;
  return {
    ...presentFestival(v.festival, {
      communeName: v.commune.name,
      villageName: v.village.name,
      commended: { households, people: commendations.length - households },
      reportNumber: issued?.number ?? null,
    }),
    commendations: commendations.map(presentCommendation),
    newsPost,
    reportUrl: `/api/v1/festivals/${v.festival.id}/report.docx`,
    report: issued && { documentId: issued.id, number: issued.number, date: issued.date, signer: issued.signer },
    can: {
      edit,
      editReport: edit && draft,
      issue: edit && draft,
      draftNews: canCreatePost(actor, v.commune),
    },
  };
}
