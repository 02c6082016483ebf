import { describePageReaders } from './page-readers.suite';

describePageReaders('postgres');
