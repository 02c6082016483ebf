import { describeEditorsDesk } from './editors-desk.suite';

describeEditorsDesk('sqlite');
