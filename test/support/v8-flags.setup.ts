// Tests run the composer with the V8 settings the application sets at start-up (bin/v8-flags.mjs):
// the same execution the users get, and the composer's tests take about a third less time.
import { setFlagsFromString } from 'node:v8';
import { V8_FLAGS } from '../../bin/v8-flags.mjs';

setFlagsFromString(V8_FLAGS.join(' '));
