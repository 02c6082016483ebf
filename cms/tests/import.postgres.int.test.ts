import { describeImport } from './import.suite';

// On PostgreSQL as in production: the fast path writes rows directly, so both engines are checked.
describeImport('postgres');
