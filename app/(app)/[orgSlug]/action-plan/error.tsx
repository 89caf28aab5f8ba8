'use client';

import { sectionErrorBoundary } from '@/components/layout/SectionError';

export default sectionErrorBoundary('actionPlan.error');
