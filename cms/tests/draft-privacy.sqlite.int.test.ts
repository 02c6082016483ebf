import { describeDraftPrivacy } from './draft-privacy.suite';

describeDraftPrivacy('sqlite');
