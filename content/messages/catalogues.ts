import type { Locale } from '@/content/types';
import da from './da.json';
import en from './en.json';
import accessibilityDa from './features/accessibility.da.json';
import accessibilityEn from './features/accessibility.en.json';
import actionPlanDa from './features/action-plan.da.json';
import actionPlanEn from './features/action-plan.en.json';
import apvDa from './features/apv.da.json';
import apvEn from './features/apv.en.json';
import commentRulesDa from './features/comment-rules.da.json';
import commentRulesEn from './features/comment-rules.en.json';
import dataProtectionDa from './features/data-protection.da.json';
import dataProtectionEn from './features/data-protection.en.json';
import heatmapDa from './features/heatmap.da.json';
import heatmapEn from './features/heatmap.en.json';
import mailsDa from './features/mails.da.json';
import mailsEn from './features/mails.en.json';
import originDa from './features/origin.da.json';
import originEn from './features/origin.en.json';
import participationDa from './features/participation.da.json';
import participationEn from './features/participation.en.json';
import poolDa from './features/pool.da.json';
import poolEn from './features/pool.en.json';
import questionnaireFormDa from './features/questionnaire-form.da.json';
import questionnaireFormEn from './features/questionnaire-form.en.json';
import rateLimitDa from './features/rate-limit.da.json';
import rateLimitEn from './features/rate-limit.en.json';
import roundCopyDa from './features/round-copy.da.json';
import roundCopyEn from './features/round-copy.en.json';
import roundApprovalDa from './features/round-approval.da.json';
import roundApprovalEn from './features/round-approval.en.json';
import scimDa from './features/scim.da.json';
import scimEn from './features/scim.en.json';
import signInDa from './features/sign-in.da.json';
import signInEn from './features/sign-in.en.json';
import ssoDa from './features/sso.da.json';
import ssoEn from './features/sso.en.json';
import trendDa from './features/trend.da.json';
import trendEn from './features/trend.en.json';
import workshopDa from './features/workshop.da.json';
import workshopEn from './features/workshop.en.json';

/**
 * The message catalogue of each language: the shared catalogue plus one file per feature
 * (features/<feature>.<locale>.json, each under its own top-level key), so that features
 * built side by side never edit the same file. Every consumer reads catalogues from here.
 */
export const catalogues = {
  da: {
    ...da,
    ...accessibilityDa,
    ...workshopDa,
    ...actionPlanDa,
    ...apvDa,
    ...rateLimitDa,
    ...dataProtectionDa,
    ...participationDa,
    ...poolDa,
    ...questionnaireFormDa,
    ...roundApprovalDa,
    ...roundCopyDa,
    ...commentRulesDa,
    ...signInDa,
    ...trendDa,
    ...mailsDa,
    ...originDa,
    ...ssoDa,
    ...scimDa,
    ...heatmapDa,
  },
  en: {
    ...en,
    ...accessibilityEn,
    ...workshopEn,
    ...actionPlanEn,
    ...apvEn,
    ...rateLimitEn,
    ...dataProtectionEn,
    ...participationEn,
    ...poolEn,
    ...questionnaireFormEn,
    ...roundApprovalEn,
    ...roundCopyEn,
    ...commentRulesEn,
    ...signInEn,
    ...trendEn,
    ...mailsEn,
    ...originEn,
    ...ssoEn,
    ...scimEn,
    ...heatmapEn,
  },
} as const satisfies Record<Locale, object>;
