// UI test: the two bundled samples compared side by side in VS Code's default light theme; the picture
// README.md shows (media/screenshots/comparison-light.png). See support/comparisonScreenshot.mjs.
//   node tools/run-vscode.mjs --ext . --folder samples --ui test/ui/comparison-light.mjs --out test-results/ui/comparison-light
import { comparisonScreenshot } from './support/comparisonScreenshot.mjs';

export const settings = { 'workbench.colorTheme': 'Default Light Modern' };

export default function comparisonLight(context) {
  return comparisonScreenshot(context, 'light');
}
