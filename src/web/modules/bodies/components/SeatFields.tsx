import { Button, Card, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useI18n } from '../../../i18n';
import type { BodyKind } from '../api';
import { KIND_POSITIONS, type Places, positionKey, seatPlace } from '../shared';

/**
 * One seat's fields: name, position, printed title, and the organisation represented (committee) or the village
 * come from (boards). `prefix` is the row's place in a roster list, empty for a single seat.
 */
export function SeatFields({
  kind,
  places,
  prefix = [],
  wide = false,
}: {
  kind: BodyKind;
  places: Places;
  prefix?: (string | number)[];
  /** Four fields a line on wide screens (a roster); one a line otherwise. */
  wide?: boolean;
}) {
  const { t } = useI18n();
  const span = wide ? { xs: 24, sm: 12, lg: 6 } : { xs: 24 };
  const required = [{ required: true, whitespace: true, message: t('required') }];
  return (
    <Row gutter={12}>
      <Col {...span}>
        <Form.Item name={[...prefix, 'fullName']} label={t('bdName')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col {...span}>
        <Form.Item
          name={[...prefix, 'position']}
          label={t('bdPosition')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Select options={KIND_POSITIONS[kind].map((p) => ({ value: p, label: t(positionKey(p)) }))} />
        </Form.Item>
      </Col>
      <Col {...span}>
        <Form.Item name={[...prefix, 'title']} label={t('bdSeatTitle')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col {...span}>
        {seatPlace(kind) === 'organization' && (
          <Form.Item name={[...prefix, 'organizationId']} label={t('bdOrganization')}>
            <Select allowClear options={places.organizations.map((o) => ({ value: o.id, label: o.shortName }))} />
          </Form.Item>
        )}
        {seatPlace(kind) === 'village' && (
          <Form.Item name={[...prefix, 'villageId']} label={t('bdVillage')}>
            <Select allowClear options={places.villages.map((v) => ({ value: v.id, label: v.name }))} />
          </Form.Item>
        )}
      </Col>
    </Row>
  );
}

/** A roster elected whole (a new body, a new term): one card per person, rows added and removed freely. */
export function RosterFields({ kind, places }: { kind: BodyKind; places: Places }) {
  const { t } = useI18n();
  const nextPosition = KIND_POSITIONS[kind].at(-1) ?? 'member';
  return (
    <Form.List name="members">
      {(fields, { add, remove }, { errors }) => (
        <section aria-label={t('bdRoster')}>
          <Typography.Title level={5}>{t('bdRoster')}</Typography.Title>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              style={{ marginBottom: 8 }}
              title={`${t('bdRow')} ${i + 1}`}
              extra={
                <Button size="small" type="link" danger onClick={() => remove(f.name)}>
                  {t('bdRemoveRow')}
                </Button>
              }
            >
              <SeatFields kind={kind} places={places} prefix={[f.name]} wide />
            </Card>
          ))}
          {/* A roster-wide rule ("at least 5 members"), from the server. */}
          {errors.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: messages have no id and never reorder
            <Typography.Paragraph key={i} type="danger" role="alert" style={{ margin: 0 }}>
              {e}
            </Typography.Paragraph>
          ))}
          <Button onClick={() => add({ position: nextPosition })} style={{ marginTop: 8 }}>
            {t('bdAddRow')}
          </Button>
        </section>
      )}
    </Form.List>
  );
}
