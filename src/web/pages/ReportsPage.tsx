import type { Me } from '../api';
import { useI18n } from '../i18n';

export function ReportsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  void me;
  return <h2>{t('rpNav')}</h2>;
}
