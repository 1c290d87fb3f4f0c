// The run() entry of the Restricted Mode run: tools/run-integration.mjs starts a separate VS Code with
// workspace trust enabled and restricted/workspace/ NOT trusted, and this runs restricted/*.restricted.js.
import { runTestsIn } from '../runMocha';

export function run(): Promise<void> {
  return runTestsIn(__dirname, '.restricted.js');
}
