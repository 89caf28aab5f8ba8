import { StatusPage } from '@/components/layout/StatusPage';

export default function Forbidden() {
  return <StatusPage titleKey="errors.forbiddenTitle" textKey="errors.forbiddenText" />;
}
