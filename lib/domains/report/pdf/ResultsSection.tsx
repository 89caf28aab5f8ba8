import { Text, View } from '@react-pdf/renderer';
import { getFactor } from '@/content/leader-wellbeing';
import type { Locale, QuestionnaireVersion } from '@/content/types';
import { hiddenNoticeText } from '@/lib/domains/results/hidden-notice';
import { hiddenCountsText } from '@/lib/domains/results/participation';
import type { ViewResult } from '@/lib/domains/results/views';
import { formatMean, formatSigned } from '@/lib/platform/format/numbers';
import { BalanceChart, ItemBar } from './Charts';
import { styles } from './styles';
import { winAnsi as w } from './win-ansi';

type T = (key: string, values?: Record<string, string | number>) => string;

/** The view's counts, as far as the anonymity rule applied to the invited counts lets them show (decision 0005). */
export function Participation({ result, threshold, t }: { result: ViewResult; threshold: number; t: T }) {
  const p = result.participation;
  return (
    <Text style={styles.paragraph}>
      {w(p.reason === null ? t('apv.report.participation', { responded: p.responded, invited: p.invited, rate: p.responseRate }) : `${hiddenCountsText(t, p, threshold)}.`)}
    </Text>
  );
}

/** In place of figures: the same notice as the dashboard, and not one number more. */
export function SuppressedBox({ result, threshold, t }: { result: Extract<ViewResult, { suppressed: true }>; threshold: number; t: T }) {
  const { title, text } = hiddenNoticeText(t, result.reason, result.participation, threshold);
  return (
    <View style={styles.box} wrap={false}>
      <Text style={styles.h3}>{w(title)}</Text>
      <Text>{w(text)}</Text>
    </View>
  );
}

export function BalanceFigure({ balance, locale, t }: { balance: number; locale: Locale; t: T }) {
  return (
    <BalanceChart balance={balance} label={w(t('apv.report.balanceValue', { value: formatSigned(balance, locale) }))} axis={[w(t('apv.report.axisStrains')), '0', w(t('apv.report.axisResources'))]} />
  );
}

/** The view's balance and every item's mean — only ever called with a shown view. */
export function FiguresSection({ result, questionnaire, locale, t }: { result: Extract<ViewResult, { suppressed: false }>; questionnaire: QuestionnaireVersion; locale: Locale; t: T }) {
  const { figures } = result;
  const text = new Map(questionnaire.items.map((i) => [i.key, i.text[locale]]));
  const items = (side: 'strain' | 'resource') => (side === 'strain' ? figures.strains : figures.resources);
  return (
    <View>
      <Text style={styles.h3}>{w(t('apv.report.balanceTitle'))}</Text>
      {figures.balance !== null ? <BalanceFigure balance={figures.balance} locale={locale} t={t} /> : null}
      {figures.strainMean !== null && figures.resourceMean !== null ? (
        <Text style={styles.muted}>{w(t('apv.report.sideMeans', { strain: formatMean(figures.strainMean, locale), resource: formatMean(figures.resourceMean, locale) }))}</Text>
      ) : null}
      {(['strain', 'resource'] as const).map((side) => (
        <View key={side}>
          <Text style={styles.h3}>{w(t(side === 'strain' ? 'apv.report.strainsTitle' : 'apv.report.resourcesTitle'))}</Text>
          <Text style={[styles.small, { marginBottom: 4 }]}>{w(t(side === 'strain' ? 'apv.report.strainsScale' : 'apv.report.resourcesScale'))}</Text>
          {items(side).map((item) => (
            <ItemBar
              key={item.key}
              item={item}
              side={side}
              label={w(`${getFactor(item.factorKey)?.title[locale] ?? item.factorKey}: ${text.get(item.key) ?? item.key}`)}
              value={formatMean(item.mean, locale)}
            />
          ))}
        </View>
      ))}
    </View>
  );
}
