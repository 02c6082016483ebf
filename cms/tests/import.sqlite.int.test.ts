import { describeImport } from './import.suite';

describeImport('sqlite');
