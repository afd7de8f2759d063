import { Alert, App, Button, Card, Flex, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatDateTimeVi } from '../../../../lib/dates';
import { useI18n } from '../../../i18n';
import { fmt } from '../../targets/shared';
import {
  correctSubmission,
  invalidateReports,
  moveSubmission,
  prefillOf,
  rollupOf,
  rfKeys,
  saveSubmission,
  statusColor,
  statusKey,
  type SubmissionDetail,
  useSubmission,
} from '../api';
import { FieldInput } from '../components/FieldInput';
import { TableInput } from '../components/TableInput';

/**
 * A unit's report for a period, made for a phone: one column, a field at a time, saved as it goes (a field when it
 * is left), prefilled values saying where they came from; then submitted; the level above accepts or returns it.
 */
export function SubmissionPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const sub = useSubmission(id);
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [sources, setSources] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const loaded = useRef<string | null>(null);
  // What was typed last, read when a field is left (a blur handler may still hold the render before the last key).
  const latest = useRef<Record<string, unknown>>({});
  const s = sub.data;

  useEffect(() => {
    if (s && loaded.current !== `${s.id}:${s.status}`) {
      loaded.current = `${s.id}:${s.status}`;
      setValues(s.values);
      latest.current = s.values;
      setSources(s.sources);
    }
  }, [s]);
  if (!s) return <Card loading />;
  const editable = s.can.edit;
  const refresh = (next: SubmissionDetail) => {
    qc.setQueryData(rfKeys.submission(id), next);
    void invalidateReports(qc);
  };
  const failed = (e: unknown) => {
    const fields = (e as { fields?: Record<string, string> }).fields ?? {};
    const placed = Object.entries(fields).map(([k, v]) => [k.replace(/^values\./, ''), v] as const);
    setErrors(Object.fromEntries(placed));
    // A field's error (a table cell's too) shows under it; only the rest goes into a message.
    if (!placed.some(([k]) => s?.fields.some((f) => f.key === k || k.startsWith(`${f.key}.`))))
      void message.error(e instanceof Error ? e.message : String(e));
  };

  async function commit(key: string, v: unknown) {
    if (!editable || JSON.stringify(s?.values[key] ?? null) === JSON.stringify(v ?? null)) return;
    setSaving('saving');
    try {
      refresh(await saveSubmission(id, { [key]: v ?? null }));
      // The server checks the whole report on every save: a save that passes leaves no field in error.
      setErrors({});
      setSaving('saved');
    } catch (e) {
      setSaving('idle');
      failed(e);
    }
  }

  async function act(fn: () => Promise<SubmissionDetail>) {
    setBusy(true);
    try {
      refresh(await fn());
      setErrors({});
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  }

  async function prefill() {
    if (!s) return;
    const p = await prefillOf(s.formId, s.unitId, s.period);
    const from = Object.fromEntries(Object.entries(p.sources).map(([k, v]) => [k, v.label]));
    await act(() => saveSubmission(id, p.values, from));
    void message.success(fmt(t('rfPrefilled'), { n: Object.keys(p.values).length }));
  }

  async function rollup() {
    if (!s) return;
    const r = await rollupOf(s.formId, s.unitId, s.period);
    await act(() => saveSubmission(id, r.values));
    const sent = r.from.filter((f) => f.status !== 'missing').length;
    void message.success(fmt(t('rfRolledUp'), { n: sent, of: r.from.length }));
  }

  const sections = [...new Set(s.fields.map((f) => f.section ?? ''))];
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 720 }}>
      <Card size="small">
        <Link to={`/report-forms/${s.formId}`}>←</Link>
        <Typography.Title level={4} style={{ margin: '4px 0' }} data-testid="rf-sub-title">
          {s.unitName} · {s.periodLabel}
        </Typography.Title>
        <Flex wrap gap={6} align="center">
          <Tag color={statusColor[s.status]} data-testid="rf-sub-status">
            {t(statusKey(s.status))}
          </Tag>
          {s.late && <Tag color="orange">{t('rfLate')}</Tag>}
          <Typography.Text type="secondary" data-testid="rf-saving">
            {saving === 'saving' ? t('rfSaving') : saving === 'saved' ? t('rfSavedDraft') : ''}
          </Typography.Text>
        </Flex>
        {s.returnComment && s.status === 'returned' && (
          <Alert
            style={{ marginTop: 8 }}
            type="error"
            title={fmt(t('rfReturnedBecause'), { comment: s.returnComment })}
          />
        )}
        {s.correctionReason && (
          <Alert
            style={{ marginTop: 8 }}
            type="info"
            title={fmt(t('rfCorrection'), { v: s.version, reason: s.correctionReason })}
          />
        )}
        {editable && s.fields.some((f) => f.source) && (
          <Button style={{ marginTop: 8 }} onClick={() => void prefill()} loading={busy} data-testid="rf-prefill">
            {t('rfPrefill')}
          </Button>
        )}
        {editable && s.unitKind === 'commune' && s.fields.some((f) => f.sum) && (
          <Button style={{ marginTop: 8, marginInlineStart: 8 }} onClick={() => void rollup()} loading={busy}>
            {t('rfRollup')}
          </Button>
        )}
      </Card>
      {sections.map((section) => (
        <Card key={section} size="small" title={section || undefined}>
          <Form layout="vertical">
            {s.fields
              .filter((f) => (f.section ?? '') === section)
              .map((f) => {
                const warning = s.warnings.find((w) => w.field === f.key);
                const onChange = (v: unknown) => {
                  latest.current = { ...latest.current, [f.key]: v };
                  setValues(latest.current);
                };
                return (
                  <Form.Item
                    key={f.key}
                    label={f.label}
                    htmlFor={f.type === 'table' ? undefined : `rf-value-${f.key}`}
                    required={f.required}
                    validateStatus={errors[f.key] ? 'error' : warning ? 'warning' : undefined}
                    help={
                      errors[f.key] ??
                      warning?.message ??
                      (sources[f.key] ? fmt(t('rfFrom'), { source: sources[f.key] ?? '' }) : undefined)
                    }
                  >
                    {f.type === 'table' ? (
                      <TableInput
                        field={f}
                        rows={s.tableRows[f.rows ?? 'village']}
                        value={values[f.key]}
                        disabled={!editable}
                        errors={errors}
                        onChange={onChange}
                        onCommit={() => void commit(f.key, latest.current[f.key])}
                      />
                    ) : (
                      <FieldInput
                        field={f}
                        value={values[f.key]}
                        disabled={!editable}
                        onChange={onChange}
                        onCommit={(v) => void commit(f.key, v === undefined ? latest.current[f.key] : v)}
                      />
                    )}
                  </Form.Item>
                );
              })}
          </Form>
        </Card>
      ))}
      <Card size="small">
        <Flex wrap gap={8}>
          {s.can.submit && (
            <Button type="primary" loading={busy} onClick={() => void act(() => moveSubmission(id, 'submitted'))}>
              {t('rfSubmit')}
            </Button>
          )}
          {s.can.review && (
            <>
              <Button type="primary" loading={busy} onClick={() => void act(() => moveSubmission(id, 'accepted'))}>
                {t('rfAccept')}
              </Button>
              <Input
                style={{ flex: '1 1 200px' }}
                placeholder={t('rfReturnComment')}
                aria-label={t('rfReturnComment')}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
              />
              <Button danger loading={busy} onClick={() => void act(() => moveSubmission(id, 'returned', comment))}>
                {t('rfReturn')}
              </Button>
            </>
          )}
          {s.can.correct && (
            <>
              <Input
                style={{ flex: '1 1 200px' }}
                placeholder={t('rfCorrectReason')}
                aria-label={t('rfCorrectReason')}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
              />
              <Button loading={busy} onClick={() => void act(() => correctSubmission(id, comment))}>
                {t('rfCorrect')}
              </Button>
            </>
          )}
        </Flex>
      </Card>
      {s.history.length > 1 && (
        <Card size="small" title={t('rfHistory')}>
          <List
            dataSource={s.history}
            renderItem={(v) => (
              <List.Item>
                <Link to={`/report-submissions/${v.id}`}>
                  v{v.version} · {t(statusKey(v.status))}
                  {v.submittedAt ? ` · ${formatDateTimeVi(v.submittedAt)}` : ''}
                </Link>
              </List.Item>
            )}
          />
        </Card>
      )}
    </Space>
  );
}
