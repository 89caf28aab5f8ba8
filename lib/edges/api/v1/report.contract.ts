import { defineEndpoint } from '@/lib/edges/api/endpoint';
import { reportApiParamsSchema, reportApiQuerySchema } from '@/lib/domains/report/schemas';

export const roundReportPdfEndpoint = defineEndpoint({
  method: 'get',
  path: '/rounds/{id}/report.pdf',
  summary: "A closed round's APV report as PDF, for the organisation or one group — figures only where the anonymity rule allows",
  tag: 'Reports',
  permission: 'reports:read',
  params: reportApiParamsSchema,
  query: reportApiQuerySchema,
  success: {
    status: 200,
    description:
      'The report: method and questionnaire version, participation, the balance and item results (a group below the anonymity threshold shows a notice and no figures), the APV elements, the dialogue notes, the prioritised action plan, the follow-up status and MED/AMO’s approvals.',
    contentType: 'application/pdf',
  },
  errors: [400, 404, 409],
});

export const reportEndpoints = [roundReportPdfEndpoint] as const;
