import { redirect } from 'next/navigation';

/** Settings has one section so far; its address stays stable when more arrive. */
export default async function SettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  redirect(`/${orgSlug}/settings/api-keys`);
}
