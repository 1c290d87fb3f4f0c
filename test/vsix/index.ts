// run() entry for the packaged extension: VS Code starts with the VSIX installed and no
// extension under development, so these tests see News Lens exactly as a user who installed it.
import { runTestsIn } from '../integration/runMocha';

export function run(): Promise<void> {
  return runTestsIn(__dirname);
}
