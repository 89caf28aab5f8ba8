import { Text, View } from '@react-pdf/renderer';
import type { Locale, QuestionnaireVersion } from '@/content/types';
import { hiddenCountsText } from '@/lib/domains/results/participation';
import type { ViewResult } from '@/lib/domains/results/views';
import { formatMean, formatSigned } from '@/lib/platform/format/numbers';
import { BalanceChart, ItemBar } from './Charts';
import { LEADING, space, styles } from './styles';
import { printable as w } from './printable';

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

const suppressedSentence = { 'too-few': 'tooFew', suppressed: 'suppressed', 'known-to-you': 'knownToYou' } as const;

/**
 * In place of figures: one sentence naming the kind of hiding that applies — too few answers,
 * hidden to protect another group (the differencing rule, lib/domains/anonymity/suppression.ts) or
 * hidden for this reader (shared balances) — and not one number more. The counts, as far as the
 * rule lets them show, are in the participation line just above.
 */
export function SuppressedBox({ result, threshold, t }: { result: Extract<ViewResult, { suppressed: true }>; threshold: number; t: T }) {
  return (
    <View style={styles.box} wrap={false}>
      <Text style={{ lineHeight: LEADING }}>{w(t(`apv.report.suppressedBox.${suppressedSentence[result.reason]}`, { threshold }))}</Text>
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
  const label = new Map(questionnaire.items.map((i) => [i.key, i.shortLabel[locale]]));
  const items = (side: 'strain' | 'resource') => (side === 'strain' ? figures.strains : figures.resources);
  return (
    <View>
      <Text style={styles.h3}>{w(t('apv.report.balanceTitle'))}</Text>
      {figures.balance !== null ? <BalanceFigure balance={figures.balance} locale={locale} t={t} /> : null}
      {figures.strainMean !== null && figures.resourceMean !== null ? (
        <Text style={[styles.paragraph, styles.muted]}>{w(t('apv.report.sideMeans', { strain: formatMean(figures.strainMean, locale), resource: formatMean(figures.resourceMean, locale) }))}</Text>
      ) : null}
      {(['strain', 'resource'] as const).map((side) => (
        <View key={side}>
          <Text style={styles.h3}>{w(t(side === 'strain' ? 'apv.report.strainsTitle' : 'apv.report.resourcesTitle'))}</Text>
          <Text style={[styles.small, { marginBottom: space.s }]}>{w(t(side === 'strain' ? 'apv.report.strainsScale' : 'apv.report.resourcesScale'))}</Text>
          {items(side).map((item) => (
            <ItemBar key={item.key} mean={item.mean} side={side} label={w(label.get(item.key) ?? item.key)} value={formatMean(item.mean, locale)} />
          ))}
        </View>
      ))}
    </View>
  );
}

/** Every item's short label beside its question in full: the charts name items by the short label only. */
export function QuestionsSection({ questionnaire, locale, t }: { questionnaire: QuestionnaireVersion; locale: Locale; t: T }) {
  return (
    <View>
      <Text style={styles.h2}>{w(t('apv.report.questionsTitle'))}</Text>
      <Text style={[styles.paragraph, styles.muted]}>{w(t('apv.report.questionsLead'))}</Text>
      {questionnaire.items.map((item) => (
        <View key={item.key} style={[styles.tableRow, { lineHeight: 1.25 }]} wrap={false}>
          <Text style={{ width: 165, paddingRight: space.s, fontWeight: 700 }}>{w(item.shortLabel[locale])}</Text>
          <Text style={{ flex: 1 }}>{w(item.text[locale])}</Text>
        </View>
      ))}
    </View>
  );
}
