import { Text, View } from '@react-pdf/renderer';
import type { Locale } from '@/content/types';
import { formatMean, formatSigned } from '@/lib/platform/format/numbers';
import { formatDay, formatMoment } from '@/lib/platform/format/dates';
import type { ReportGroup } from '../model';
import { Participation, SuppressedBox } from './ResultsSection';
import { styles } from './styles';
import { printable as w } from './printable';

type T = (key: string, values?: Record<string, string | number>) => string;

function Element({ title, body, t }: { title: string; body: string; t: T }) {
  return (
    <View>
      <Text style={styles.h3}>{w(title)}</Text>
      <Text style={body.trim() ? styles.paragraph : [styles.paragraph, styles.muted]}>{w(body.trim() || t('apv.report.notWritten'))}</Text>
    </View>
  );
}

/**
 * One group's APV: (in the organisation's report) its participation and balance or notice,
 * then the written elements, the revision date, MED/AMO's approvals and the dialogue notes.
 */
export function ApvGroupSection({ group, withResult, threshold, locale, t }: { group: ReportGroup; withResult: boolean; threshold: number; locale: Locale; t: T }) {
  const { apv, result } = group;
  return (
    <View>
      <Text style={styles.h2}>{w(t('apv.report.groupTitle', { name: group.name }))}</Text>
      {withResult ? (
        <View>
          <Participation result={result} threshold={threshold} t={t} />
          {result.suppressed ? (
            <SuppressedBox result={result} threshold={threshold} t={t} />
          ) : result.figures.balance !== null ? (
            <Text style={styles.paragraph}>
              {w(
                t('apv.report.groupBalance', {
                  value: formatSigned(result.figures.balance, locale),
                  strain: formatMean(result.figures.strainMean ?? 0, locale),
                  resource: formatMean(result.figures.resourceMean ?? 0, locale),
                }),
              )}
            </Text>
          ) : null}
        </View>
      ) : null}
      <Text style={styles.muted}>{w(t('apv.report.status', { status: t(`apv.status.${apv.status}`) }))}</Text>
      <Element title={t('apv.sections.problems.title')} body={apv.problemsAssessment} t={t} />
      <Element title={t('apv.sections.sickness.title')} body={apv.sicknessAbsence} t={t} />
      <Element title={t('apv.sections.followUp.title')} body={apv.followUpGuidelines} t={t} />
      <Text style={styles.h3}>{w(t('apv.sections.revision.title'))}</Text>
      <Text>{w(formatDay(apv.revisionDueOn, locale))}</Text>
      <Text style={styles.h3}>{w(t('apv.report.approvalsTitle'))}</Text>
      {apv.approvals.length === 0 ? <Text style={styles.muted}>{w(t('apv.approvals.empty'))}</Text> : null}
      {apv.approvals.map((a) => (
        <Text key={`${a.userName}-${a.approvedAt.toISOString()}`}>
          {w(t(a.current ? 'apv.approvals.current' : 'apv.approvals.earlier', { name: a.userName, date: formatMoment(a.approvedAt, locale) }))}
        </Text>
      ))}
      <Text style={styles.h3}>{w(t('apv.report.notesTitle'))}</Text>
      {group.notes.length === 0 ? <Text style={styles.muted}>{w(t('apv.notes.empty'))}</Text> : null}
      {group.notes.map((note, index) => (
        <View key={index} style={{ marginBottom: 4 }} wrap={false}>
          <Text style={{ fontStyle: 'italic' }}>{w(note.question)}</Text>
          <Text style={styles.paragraph}>{w(note.body)}</Text>
        </View>
      ))}
    </View>
  );
}
