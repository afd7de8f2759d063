import { App, Form, type FormInstance, Modal, Select } from 'antd';
import { type ReactNode, useState } from 'react';
import { unitDisplayName } from '../../lib/units';
import { useI18n } from '../i18n';
import type { Unit } from './api';
import { showApiError } from './forms';

/** Thrown by an `onSubmit` that has already shown why it failed: the modal stays open and adds no message. */
export class FailureShown extends Error {}

type Props<V, R> = {
  title: ReactNode;
  form: FormInstance<V>;
  /** The form's name: the prefix of its fields' ids, which the browser tests find them by. */
  name: string;
  initialValues?: Record<string, unknown>;
  /** Defaults to true: most callers mount the modal only while it is open, so each opening starts empty. */
  open?: boolean;
  onClose: () => void;
  /** Sends the validated values; what it returns goes to `successMessage` and `onSaved`. */
  onSubmit: (values: V) => Promise<R>;
  /** Defaults to t('saved'). */
  successMessage?: string | ((result: R) => string);
  /** Refreshes what the save changed: after the success message, before `onSaved`. */
  refresh?: (result: R) => unknown;
  onSaved?: (result: R) => void;
  /**
   * Puts server errors the generic mapping cannot (a field the form names otherwise); true when it placed one,
   * so no message is shown for the rest.
   */
  placeErrors?: (e: unknown, values: V) => boolean;
  okText?: string;
  danger?: boolean;
  width?: number;
  /** More reasons to show OK as loading than the save itself. */
  busy?: boolean;
  /** Shown above the form. */
  intro?: ReactNode;
  children: ReactNode;
};

/**
 * A modal holding one vertical form: OK validates, sends, says so and hands the result on; server field errors go
 * under the fields (showApiError), the rest into a message. OK shows loading while the save runs.
 */
export function FormModal<V, R>(p: Props<V, R>) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  async function ok() {
    let v: V;
    try {
      v = await p.form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    setSaving(true);
    try {
      const r = await p.onSubmit(v);
      const success = p.successMessage;
      message.success(typeof success === 'function' ? success(r) : (success ?? t('saved')));
      await p.refresh?.(r);
      p.onSaved?.(r);
    } catch (e) {
      if (e instanceof FailureShown) return;
      const placed = p.placeErrors?.(e, v) ?? false;
      const msg = showApiError(p.form, e);
      if (msg && !placed) message.error(msg);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={p.open ?? true}
      title={p.title}
      okText={p.okText ?? t('save')}
      okButtonProps={p.danger ? { danger: true } : undefined}
      confirmLoading={saving || p.busy}
      // Beside "Hủy phiếu" a "Hủy" that only closes reads as the same act: a destructive dialog closes with "Đóng".
      cancelText={p.danger ? t('close') : t('cancel')}
      destroyOnHidden
      onCancel={p.onClose}
      onOk={ok}
      width={p.width}
    >
      {p.intro}
      <Form form={p.form} name={p.name} layout="vertical" preserve={false} initialValues={p.initialValues}>
        {p.children}
      </Form>
    </Modal>
  );
}

/** The commune a new record belongs to: hidden when there is only one to choose. */
export function CommuneItem({ communes, hidden }: { communes: Unit[]; hidden?: boolean }) {
  const { t } = useI18n();
  return (
    <Form.Item
      name="communeId"
      label={t('commune')}
      rules={[{ required: true, message: t('required') }]}
      hidden={hidden || communes.length < 2}
    >
      <Select options={communes.map((c) => ({ value: c.id, label: unitDisplayName(c) }))} />
    </Form.Item>
  );
}
