import { describeResponseCache } from './response-cache.suite';

describeResponseCache('sqlite');
