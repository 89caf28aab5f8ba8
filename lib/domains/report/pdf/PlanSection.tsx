import { Text, View } from '@react-pdf/renderer';
import type { Locale } from '@/content/types';
import { formatDay } from '@/lib/platform/format/dates';
import { levelTitle } from '../labels';
import type { ReportModel } from '../model';
import { styles } from './styles';
import { printable as w } from './printable';

type T = (key: string, values?: Record<string, string | number>) => string;

const columns = [
  { key: 'priority', width: 48 },
  { key: 'what', width: 154 },
  { key: 'level', width: 80 },
  { key: 'owner', width: 80 },
  { key: 'due', width: 70 },
  { key: 'status', width: 75 },
] as const;

/** The prioritised action plan: what and why, who at which level, by when, and where it stands. */
export function PlanSection({ report, t }: { report: ReportModel; t: T }) {
  const locale: Locale = report.locale;
  return (
    <View>
      <Text style={styles.h2}>{w(t('apv.sections.plan.title'))}</Text>
      {report.actions.length === 0 ? <Text style={styles.muted}>{w(t('apv.sections.plan.empty'))}</Text> : null}
      {report.actions.length > 0 ? (
        <View>
          <View style={styles.tableHeader} fixed>
            {columns.map((c) => (
              <Text key={c.key} style={{ width: c.width, paddingRight: 4 }}>
                {w(t(`apv.sections.plan.columns.${c.key}`))}
              </Text>
            ))}
          </View>
          {report.actions.map((a) => (
            <View key={a.id} style={styles.tableRow} wrap={false}>
              <Text style={{ width: 48 }}>{a.priority}</Text>
              <View style={{ width: 154, paddingRight: 4 }}>
                <Text style={{ fontWeight: 700 }}>{w(a.title)}</Text>
                {a.why ? <Text>{w(a.why)}</Text> : null}
                <Text style={styles.small}>{w(a.groupName ?? t('apv.sections.plan.orgWide'))}</Text>
              </View>
              <Text style={{ width: 80, paddingRight: 4 }}>{w(levelTitle(a.responsibleLevel, locale))}</Text>
              <Text style={{ width: 80, paddingRight: 4 }}>{w(a.ownerName ?? a.ownerEmail ?? '–')}</Text>
              <Text style={{ width: 70, paddingRight: 4 }}>{w(formatDay(a.dueDate, locale))}</Text>
              <Text style={{ width: 75 }}>{w(t(`apv.actionStatus.${a.status}`) + (a.overdue ? ` (${t('apv.sections.plan.overdue')})` : ''))}</Text>
            </View>
          ))}
        </View>
      ) : null}
      <Text style={styles.h2}>{w(t('apv.report.followUpTitle'))}</Text>
      <Text>
        {w(
          t('apv.report.followUpCounts', {
            total: report.followUp.total,
            planned: report.followUp.PLANNED,
            inProgress: report.followUp.IN_PROGRESS,
            done: report.followUp.DONE,
            dropped: report.followUp.DROPPED,
            overdue: report.followUp.overdue,
          }),
        )}
      </Text>
    </View>
  );
}
