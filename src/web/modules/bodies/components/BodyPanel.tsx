import { Alert, Button, Collapse, Flex, Select, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { useI18n } from '../../../i18n';
import type { Body, Seat } from '../api';
import { issueText, type Places, seatPlace, termText } from '../shared';
import { AddSeatDialog, EndSeatDialog, NewTermDialog } from './BodyDialogs';
import { RosterTable } from './RosterTable';
import { SessionDialog, SessionsList } from './Sessions';

type Dialog = { kind: 'add' } | { kind: 'term' } | { kind: 'session' } | { kind: 'end'; seat: Seat };

/**
 * One body through its terms: the sitting term unless an older one is chosen (read-only), its roster, and for
 * those who keep it (the body's `canManage`) a by-election, a member leaving, a new term and a session.
 */
export function BodyPanel({
  terms,
  places,
  sessionsOpen = false,
  heading = 4,
  showName = true,
}: {
  /** The terms of one body, newest first. */
  terms: Body[];
  places: Places;
  /** The sessions list starts open (the committee) or folded (boards, which meet less). */
  sessionsOpen?: boolean;
  heading?: 4 | 5;
  showName?: boolean;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<string>();
  const [showLeft, setShowLeft] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const current = terms.find((b) => b.endedOn === null) ?? terms[0];
  const body = terms.find((b) => b.id === chosen) ?? current;
  if (!body) return null;
  const ended = body.endedOn !== null;
  const manage = body.canManage && !ended;
  const left = body.members.filter((m) => m.untilDate !== null).length;
  // Who sits now, or who sat on the term's last day.
  const sittingAtEnd = body.members.filter(
    (m) => m.untilDate === null || (body.endedOn && m.untilDate >= body.endedOn),
  ).length;
  const seats = ended || showLeft ? body.members : body.members.filter((m) => m.untilDate === null);
  const close = () => setDialog(null);

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Flex wrap gap={8} align="center">
        {showName && (
          <Typography.Title level={heading} style={{ margin: 0 }}>
            {body.name}
          </Typography.Title>
        )}
        {terms.length > 1 ? (
          <Select
            aria-label={t('bdTerm')}
            style={{ minWidth: 200 }}
            value={body.id}
            onChange={setChosen}
            options={terms.map((b) => ({
              value: b.id,
              label: `${t('bdTerm')} ${termText(b)}${b.endedOn ? ` (${t('bdEnded')})` : ` (${t('bdCurrent')})`}`,
            }))}
          />
        ) : (
          <Tag color="red">
            {t('bdTerm')} {termText(body)}
          </Tag>
        )}
      </Flex>
      <Typography.Text type="secondary">
        {[
          showName && body.project && `${t('bdProject')}: ${body.project}`,
          body.electedOn && `${t('bdElectedOn')} ${formatDateVi(body.electedOn)}`,
          body.endedOn && `${t('bdEnded')} ${formatDateVi(body.endedOn)}`,
          `${sittingAtEnd} ${t('bdMembersCount')}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
      {ended && <Alert type="info" showIcon title={t('bdReadOnly')} />}
      {body.issues.length > 0 && (
        <Alert type="warning" showIcon title={body.issues.map((i) => issueText(i, t)).join(' ')} />
      )}
      <Flex wrap gap={8} align="center">
        {manage && (
          <>
            <Button onClick={() => setDialog({ kind: 'add' })}>{t('bdAddSeat')}</Button>
            <Button onClick={() => setDialog({ kind: 'term' })}>{t('bdNewTerm')}</Button>
            <Button type="primary" onClick={() => setDialog({ kind: 'session' })}>
              {t('bdRecordSession')}
            </Button>
          </>
        )}
        {!ended && left > 0 && (
          <Space size={6} style={{ marginInlineStart: 'auto' }}>
            <Switch size="small" checked={showLeft} onChange={setShowLeft} aria-label={t('bdShowLeft')} />
            <Typography.Text>
              {t('bdShowLeft')} ({left})
            </Typography.Text>
          </Space>
        )}
      </Flex>
      <RosterTable
        seats={seats}
        places={places}
        showPlace={seatPlace(body.kind) !== null}
        endedOn={body.endedOn}
        onEnd={manage ? (seat) => setDialog({ kind: 'end', seat }) : undefined}
      />
      <Collapse
        size="small"
        defaultActiveKey={sessionsOpen ? ['sessions'] : []}
        items={[{ key: 'sessions', label: t('bdSessions'), children: <SessionsList bodyId={body.id} /> }]}
      />
      {dialog?.kind === 'add' && <AddSeatDialog body={body} places={places} onClose={close} />}
      {dialog?.kind === 'term' && (
        <NewTermDialog
          body={body}
          places={places}
          onClose={() => {
            setChosen(undefined); // the new term is the sitting one
            close();
          }}
        />
      )}
      {dialog?.kind === 'session' && <SessionDialog body={body} onClose={close} />}
      {dialog?.kind === 'end' && <EndSeatDialog seat={dialog.seat} onClose={close} />}
    </Space>
  );
}
