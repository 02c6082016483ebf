import { describePageReaders } from './page-readers.suite';

describePageReaders('sqlite');
