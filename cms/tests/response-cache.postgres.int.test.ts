import { describeResponseCache } from './response-cache.suite';

describeResponseCache('postgres');
