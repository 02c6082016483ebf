import { describeEditorsDesk } from './editors-desk.suite';

// On PostgreSQL as in production: several CMS instances share it, so the scheduler's claims must hold there.
describeEditorsDesk('postgres');
