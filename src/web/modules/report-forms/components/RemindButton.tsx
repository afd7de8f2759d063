import { Alert, App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { JobProgress, useJob } from '../../../lib/jobs';
import { useI18n } from '../../../i18n';
import { fmt } from '../../targets/shared';
import { type ReminderResult, remindByEmail } from '../api';

/**
 * "Gửi nhắc qua e-mail" for the level above: the server sends one e-mail per late unit as a job; the result says to
 * how many units it went and which have no address yet. Without mail configured the button stays, disabled, saying why.
 */
export function RemindButton({ formId, period, mail }: { formId: string; period: string; mail: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { job, run } = useJob();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReminderResult | null>(null);

  async function send() {
    setBusy(true);
    setResult(null);
    try {
      setResult(await run<ReminderResult>(() => remindByEmail(formId, period)));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Tooltip title={mail ? undefined : t('rfRemindNoMail')}>
        <Button data-testid="rf-remind" disabled={!mail || !period} loading={busy} onClick={() => void send()}>
          {t('rfRemind')}
        </Button>
      </Tooltip>
      <JobProgress job={job} />
      {result && (
        <Alert
          style={{ flexBasis: '100%' }}
          data-testid="rf-remind-result"
          type={result.withoutEmail.length > 0 ? 'warning' : 'success'}
          title={fmt(t('rfRemindSent'), { n: result.sent.length })}
          description={
            result.withoutEmail.length > 0
              ? fmt(t('rfRemindNoAddress'), { names: result.withoutEmail.map((u) => u.unitName).join(', ') })
              : undefined
          }
        />
      )}
    </>
  );
}
