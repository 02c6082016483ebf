import { describeContentModel } from './content-model.suite';

describeContentModel('sqlite');
