import { OriginMark } from '@/components/model/OriginMark';
import { leaderWellbeingModel } from '@/content/leader-wellbeing';
import type { Locale } from '@/content/types';

/** The six relations with what each is about, for the relations slide's fold; our own descriptions marked as ours. */
export function RelationDescriptions({ locale }: { locale: Locale }) {
  return (
    <dl className="space-y-3">
      {leaderWellbeingModel.relations.map((relation) => (
        <div key={relation.key}>
          <dt className="font-semibold">{relation.title[locale]}</dt>
          <dd>
            {relation.description[locale]}
            <OriginMark origin={relation.origin} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
