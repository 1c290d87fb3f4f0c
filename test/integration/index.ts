// The @vscode/test-electron run() entry: VS Code loads this inside the extension host and awaits run().
// It runs every out/test/integration/**/*.test.js (both runners, electron and offline, use it).
import { runTestsIn } from './runMocha';

export function run(): Promise<void> {
  return runTestsIn(__dirname);
}
