import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../../i18n';
import { DATE_FORMATS, today, toIso } from '../../../lib/dates';
import { FormModal } from '../../../lib/form-modal';
import {
  addSeat,
  type Body,
  type BodyKind,
  bodyKeys,
  createBody,
  endSeat,
  type Position,
  type Seat,
  type SeatInput,
  startTerm,
} from '../api';
import { type Places, placeBodyErrors, seatPayload } from '../shared';
import { RosterFields, SeatFields } from './SeatFields';

/** After any write: the rosters, the sessions and the org chart's counts. */
function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: bodyKeys.all });
}

/** Server field errors under the fields; the rest (a 409, a roster-wide rule) as a message. */
function usePlaceErrors() {
  const { message } = App.useApp();
  return (form: Parameters<typeof placeBodyErrors>[0]) => (e: unknown) =>
    placeBodyErrors(form, e, (m) => void message.error(m));
}

const yearRules = (required: string) => [{ required: true, message: required }];

/** The term's years and election day, shared by a new body and a new term. */
function TermFields({ electedRequired }: { electedRequired: boolean }) {
  const { t } = useI18n();
  return (
    <Row gutter={12}>
      <Col xs={12} sm={8}>
        <Form.Item name="termFrom" label={t('bdTermFrom')} rules={yearRules(t('required'))}>
          <InputNumber min={1945} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item name="termTo" label={t('bdTermTo')} rules={yearRules(t('required'))}>
          <InputNumber min={1945} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item
          name="electedOn"
          label={t('bdElectedOn')}
          rules={electedRequired ? [{ required: true, message: t('required') }] : []}
        >
          <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}

type TermValues = { termFrom: number; termTo: number; electedOn?: Dayjs | null; members?: SeatInput[] };

const firstRoster: Record<BodyKind, Position[]> = {
  committee: ['chair', 'vice_chair', 'standing_member', 'member'],
  standing: ['chair', 'vice_chair', 'standing_member'],
  village_board: ['head', 'deputy_head', 'member'],
  people_inspection: ['head', 'deputy_head', 'member', 'member', 'member'],
  investment_supervision: ['head', 'deputy_head', 'member'],
};

/**
 * A body elected with its roster (the committee at the congress, a board at a community meeting). The roster rules
 * (Ban TTND ≥ 5; Ban Giám sát ≤ 5 with ≤ 2 deputies) are the server's: its errors land on the rows.
 */
export function CreateBodyDialog({
  kind,
  unit,
  places,
  title,
  onClose,
}: {
  kind: BodyKind;
  unit: { id: string; name: string };
  places: Places;
  title: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<TermValues & { project?: string }>();
  const refresh = useRefresh();
  const placeErrors = usePlaceErrors();
  const year = today().year();
  const rule =
    kind === 'people_inspection'
      ? t('bdInspectionRule')
      : kind === 'investment_supervision'
        ? t('bdSupervisionRule')
        : '';
  return (
    <FormModal
      title={`${title} – ${unit.name}`}
      form={form}
      name="body-create"
      width={900}
      onClose={onClose}
      initialValues={{
        termFrom: year,
        termTo: year + (kind === 'investment_supervision' ? 1 : 5),
        electedOn: today(),
        members: firstRoster[kind].map((position) => ({ position })),
      }}
      intro={rule && <Alert type="info" showIcon title={rule} style={{ marginBottom: 12 }} />}
      successMessage={t('bdCreated')}
      placeErrors={placeErrors(form)}
      refresh={refresh}
      onSaved={onClose}
      onSubmit={(v) =>
        createBody({
          unitId: unit.id,
          kind,
          ...(v.project?.trim() && { project: v.project.trim() }),
          termFrom: v.termFrom,
          termTo: v.termTo,
          ...(v.electedOn && { electedOn: toIso(v.electedOn) }),
          members: (v.members ?? []).map(seatPayload),
        })
      }
    >
      {kind === 'investment_supervision' && (
        <Form.Item
          name="project"
          label={t('bdProject')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
      )}
      <TermFields electedRequired={false} />
      <RosterFields kind={kind} places={places} />
    </FormModal>
  );
}

/** A new term (Đại hội, bầu lại): the roster starts as the sitting one, to be changed to the election's result. */
export function NewTermDialog({ body, places, onClose }: { body: Body; places: Places; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<TermValues>();
  const refresh = useRefresh();
  const placeErrors = usePlaceErrors();
  const length = body.termTo - body.termFrom || 5;
  const sitting = body.members.filter((m) => m.untilDate === null);
  return (
    <FormModal
      title={`${t('bdNewTerm')}: ${body.name}`}
      form={form}
      name="body-term"
      width={900}
      onClose={onClose}
      initialValues={{
        termFrom: body.termTo,
        termTo: body.termTo + length,
        electedOn: today(),
        members: sitting.map((m) => ({
          fullName: m.fullName,
          position: m.position,
          title: m.title ?? undefined,
          organizationId: m.organizationId ?? undefined,
          villageId: m.villageId ?? undefined,
        })),
      }}
      intro={<Alert type="info" showIcon title={t('bdNewTermIntro')} style={{ marginBottom: 12 }} />}
      successMessage={t('bdTermSaved')}
      placeErrors={placeErrors(form)}
      refresh={refresh}
      onSaved={onClose}
      onSubmit={(v) =>
        startTerm(body.id, {
          termFrom: v.termFrom,
          termTo: v.termTo,
          electedOn: toIso(v.electedOn ?? today()),
          members: (v.members ?? []).map(seatPayload),
        })
      }
    >
      <TermFields electedRequired />
      <RosterFields kind={body.kind} places={places} />
    </FormModal>
  );
}

/** Bầu bổ sung: one more seat on a sitting body, from the day given. */
export function AddSeatDialog({ body, places, onClose }: { body: Body; places: Places; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Omit<SeatInput, 'fromDate'> & { fromDate?: Dayjs | null }>();
  const refresh = useRefresh();
  const placeErrors = usePlaceErrors();
  return (
    <FormModal
      title={`${t('bdAddSeat')}: ${body.name}`}
      form={form}
      name="body-seat"
      onClose={onClose}
      initialValues={{ position: 'member', fromDate: today() }}
      successMessage={t('bdSeatAdded')}
      placeErrors={placeErrors(form)}
      refresh={refresh}
      onSaved={onClose}
      onSubmit={({ fromDate, ...seat }) =>
        addSeat(body.id, seatPayload({ ...seat, fromDate: fromDate ? toIso(fromDate) : undefined }))
      }
    >
      <SeatFields kind={body.kind} places={places} />
      <Form.Item name="fromDate" label={t('bdFrom')}>
        <DatePicker format={DATE_FORMATS} style={{ width: 180 }} />
      </Form.Item>
    </FormModal>
  );
}

/** A member leaves (thôi làm ủy viên, chuyển công tác): the seat keeps its history. */
export function EndSeatDialog({ seat, onClose }: { seat: Seat; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ untilDate: Dayjs; reason: string }>();
  const refresh = useRefresh();
  const placeErrors = usePlaceErrors();
  return (
    <FormModal
      title={`${t('bdEndSeatTitle')}: ${seat.fullName}`}
      form={form}
      name="body-end"
      onClose={onClose}
      initialValues={{ untilDate: today() }}
      successMessage={t('bdSeatEnded')}
      placeErrors={placeErrors(form)}
      refresh={refresh}
      onSaved={onClose}
      onSubmit={(v) => endSeat(seat.id, { untilDate: toIso(v.untilDate), reason: v.reason.trim() })}
    >
      <Form.Item name="untilDate" label={t('bdUntil')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker format={DATE_FORMATS} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('bdEndReason')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={300} placeholder="Chuyển công tác" />
      </Form.Item>
    </FormModal>
  );
}
