import { describePageTests } from './support/page-tests';
import { SITES } from './support/sites';

describePageTests(SITES[0]);
