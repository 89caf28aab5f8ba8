import { disconnectDb } from '@/lib/platform/db';
import { seedDemoIfEmpty } from '@/lib/domains/demo/seed-demo';

// `npm run db:seed`: loads the demo organisation into DATABASE_URL if it holds no organisation.
const created = await seedDemoIfEmpty({ log: console.log });
console.log(created ? 'Demo organisation created.' : 'The database already holds an organisation; nothing was seeded.');
await disconnectDb();
