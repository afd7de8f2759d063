/**
 * The phrases of a result against its target ("54/44 đơn vị máu, đạt 123%", "5/6 thôn đạt chỉ
 * tiêu") written in the user's language from the numbers the API sends: the server's `text` fields
 * stay Vietnamese (reports and integrations quote them), the staff app composes its own (issue 13.10).
 */
import { useMemo } from 'react';
import { figureText, metText, type FigureInput } from '../../lib/figure';
import { useI18n, type Key } from '../i18n';

/** Whose targets a "met" count counts: sub-units of a level, or the member organisations. */
export type MetWhat = 'province' | 'district' | 'commune' | 'village' | 'organization';

const WHAT_KEY: Record<MetWhat, Key> = {
  province: 'figWhat_province',
  district: 'figWhat_district',
  commune: 'figWhat_commune',
  village: 'figWhat_village',
  organization: 'figWhat_organization',
};

export function useFigureText() {
  const { t } = useI18n();
  return useMemo(() => {
    const words = { achieved: t('figAchieved'), targetZero: t('figTargetZero') };
    return {
      /** "54/44 đơn vị máu, đạt 123%" / "… achieved 123%"; the unit label is the indicator's own. */
      figure: (f: FigureInput, decimals: 0 | 2 = 0) => figureText(f, words, decimals),
      /** "5/6 thôn đạt chỉ tiêu" / "5 of 6 villages met their targets". */
      met: (m: { count: number; of: number }, what: MetWhat | undefined) =>
        metText(m.count, m.of, t(what ? WHAT_KEY[what] : 'figWhat_unit'), t('figMet')),
    };
  }, [t]);
}
