// UI test: the two bundled samples compared side by side in VS Code's default dark theme; the picture
// README.md shows (media/screenshots/comparison-dark.png). See support/comparisonScreenshot.mjs.
//   node tools/run-vscode.mjs --ext . --folder samples --ui test/ui/comparison-dark.mjs --out test-results/ui/comparison-dark
import { comparisonScreenshot } from './support/comparisonScreenshot.mjs';

export const settings = { 'workbench.colorTheme': 'Default Dark Modern' };

export default function comparisonDark(context) {
  return comparisonScreenshot(context, 'dark');
}
