// A run() entry for tools/dump-default-keybindings.mjs: runs the *.dump.js files beside it in a real VS Code.
// Not part of the test run (the main entry runs *.test.js only).
import { runTestsIn } from '../runMocha';

export function run(): Promise<void> {
  return runTestsIn(__dirname, '.dump.js');
}
