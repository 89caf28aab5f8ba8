import { StatusPage } from '@/components/layout/StatusPage';

export default function NotFound() {
  return <StatusPage titleKey="errors.notFoundTitle" textKey="errors.notFoundText" />;
}
