import { Document, Page, Text, View } from '@react-pdf/renderer';
import { getQuestionnaire } from '@/content/questionnaires';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { formatDay, formatMoment } from '@/lib/platform/format/dates';
import type { ReportModel } from '../model';
import { ApvGroupSection } from './ApvSection';
import { PlanSection } from './PlanSection';
import { FiguresSection, Participation, QuestionsSection, SuppressedBox } from './ResultsSection';
import { styles } from './styles';
import { printable as w } from './printable';

/**
 * The APV report for MED/AMO and management: the mapping (method, questionnaire, participation,
 * results as far as the anonymity rule allows), the APV elements per group, the dialogue notes,
 * the prioritised action plan and its follow-up, and MED/AMO's approvals.
 */
export function ReportDocument({ report, fontFamily }: { report: ReportModel; fontFamily: string[] }) {
  const t = translatorFor(report.locale);
  const { locale, round, main } = report;
  const questionnaire = getQuestionnaire(round.questionnaireVersion)!;
  const scopeName = report.scope ? report.scope.name : t('apv.report.organisationWide');
  const title = t('apv.report.title');
  return (
    <Document title={w(`${title} – ${round.name} – ${scopeName}`)} author="Ledertrivsel" language={locale}>
      <Page size="A4" style={[styles.page, { fontFamily }]} wrap>
        <View style={styles.body}>
          <Text style={styles.title}>{w(title)}</Text>
          <Text style={styles.subtitle}>{w(`${report.organisationName} · ${round.name} · ${scopeName}`)}</Text>

          <Text style={styles.h2}>{w(t('apv.sections.mapping.title'))}</Text>
          <Text style={styles.paragraph}>{w(t('apv.sections.mapping.method'))}</Text>
          <Text style={styles.paragraph}>{w(t('apv.sections.mapping.version', { version: round.questionnaireVersion, model: round.modelVersion }))}</Text>
          <Text style={styles.paragraph}>{w(t('apv.report.closedOn', { date: formatDay(round.closedOn, locale) }))}</Text>
          <Participation result={main} threshold={round.threshold} t={t} />
          <Text style={[styles.paragraph, styles.muted]}>{w(t('apv.sections.mapping.threshold', { threshold: round.threshold }))}</Text>
          {main.suppressed ? <SuppressedBox result={main} threshold={round.threshold} t={t} /> : <FiguresSection result={main} questionnaire={questionnaire} locale={locale} t={t} />}

          {report.groups.map((group) => (
            <View key={group.groupId} break={report.scope === null}>
              <ApvGroupSection group={group} withResult={report.scope === null} threshold={round.threshold} locale={locale} t={t} />
            </View>
          ))}

          <View break>
            <PlanSection report={report} t={t} />
          </View>

          <View break>
            <QuestionsSection questionnaire={questionnaire} locale={locale} t={t} />
          </View>
        </View>

        <View style={styles.footer} fixed>
          <Text>{w(t('apv.report.generated', { date: formatMoment(report.generatedAt, locale) }))}</Text>
          <Text render={({ pageNumber, totalPages }) => w(t('apv.report.page', { page: pageNumber, pages: totalPages }))} />
        </View>
      </Page>
    </Document>
  );
}
