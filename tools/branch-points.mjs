// Counts the branch points of every function in src/ (if, ?:, case, &&, ||, ??, for/for-in/for-of/while/do)
// with the TypeScript parser, and prints the worst, so progress towards "at most 25 per function"
// (ARCHITECTURE.md, issue 14) is measured rather than guessed. A nested function counts for itself only.
// usage: node tools/branch-points.mjs [--top N] [--max M]   (--max: exit 1 when a function has more than M)
//        node tools/branch-points.mjs --one-letter [--top N] [--list]  (one-letter parameters in src/core, loop indices i/j/k aside)
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** @param {ts.Node} node */
function isFunction(node) {
  return ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node)
    || ts.isConstructorDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node);
}

const LOGICAL_OPERATORS = new Set([ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken]);

/** Whether the node itself is a branch point. @param {ts.Node} node */
function isBranchPoint(node) {
  return ts.isIfStatement(node) || ts.isConditionalExpression(node) || ts.isCaseClause(node)
    || ts.isForStatement(node) || ts.isForInStatement(node) || ts.isForOfStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node)
    || (ts.isBinaryExpression(node) && LOGICAL_OPERATORS.has(node.operatorToken.kind));
}

/** The name a reader would search for. @param {ts.Node} node @param {ts.SourceFile} file */
function functionName(node, file) {
  const named = /** @type {{ name?: ts.Node }} */ (node).name;
  if (named) {
    return named.getText(file);
  }
  if (ts.isConstructorDeclaration(node)) {
    return 'constructor';
  }
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) {
    return parent.name.getText(file);
  }
  return '(anonymous)';
}

/** Branch points directly inside a function, not inside the functions nested in it. @param {ts.Node} body */
function countOwn(body) {
  let count = 0;
  /** @param {ts.Node} node */
  const visit = node => {
    if (isFunction(node)) {
      return;
    }
    if (isBranchPoint(node)) {
      count++;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return count;
}

/** @param {string} file @returns {{ file: string, line: number, name: string, branches: number }[]} */
function functionsOf(file) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  /** @type {{ file: string, line: number, name: string, branches: number }[]} */
  const found = [];
  /** @param {ts.Node} node */
  const visit = node => {
    if (isFunction(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ file: path.relative(root, file), line, name: functionName(node, source), branches: countOwn(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** @param {string[]} argv @param {string} flag @param {number} fallback */
function numberFlag(argv, flag, fallback) {
  const index = argv.indexOf(flag);
  return index >= 0 && Number.isFinite(Number(argv[index + 1])) ? Number(argv[index + 1]) : fallback;
}

/** Index names a callback or a loop helper may keep ("(token, i) =>"): the only one-letter parameters allowed. */
const INDEX_NAMES = new Set(['i', 'j', 'k']);

/** @param {string} file @returns {{ file: string, line: number, name: string, params: number, short: string[] }[]} */
function oneLetterParamsOf(file) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  /** @type {{ file: string, line: number, name: string, params: number, short: string[] }[]} */
  const found = [];
  /** @param {ts.Node} node */
  const visit = node => {
    if (isFunction(node)) {
      const names = /** @type {ts.SignatureDeclaration} */ (node).parameters.filter(param => ts.isIdentifier(param.name)).map(param => param.name.getText(source));
      const short = names.filter(name => name.length === 1 && !INDEX_NAMES.has(name));
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ file: path.relative(root, file), line, name: functionName(node, source), params: names.length, short });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Prints the share of src/core's functions with a one-letter parameter, and the files that have most. @param {number} top */
function reportOneLetterParams(top) {
  const functions = sourceFiles(path.join(root, 'src', 'core')).flatMap(oneLetterParamsOf).filter(f => f.params > 0);
  const offending = functions.filter(f => f.short.length > 0);
  const share = functions.length ? Math.round((100 * offending.length) / functions.length) : 0;
  console.log(`${functions.length} functions with parameters in src/core; with a one-letter parameter (i/j/k aside): ${offending.length} (${share} %)`);
  /** @type {Map<string, number>} */
  const byFile = new Map();
  for (const f of offending) {
    byFile.set(f.file, (byFile.get(f.file) ?? 0) + 1);
  }
  for (const [file, count] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${String(count).padStart(4)}  ${file}`);
  }
  return offending;
}

const argv = process.argv.slice(2);
const top = numberFlag(argv, '--top', 20);
if (argv.includes('--one-letter')) {
  const offending = reportOneLetterParams(top);
  if (argv.includes('--list')) {
    for (const f of offending) {
      console.log(`${f.file}:${f.line}  ${f.name}(${f.short.join(', ')})`);
    }
  }
} else {
  reportBranchPoints(numberFlag(argv, '--max', Infinity));
}

/** @param {number} max */
function reportBranchPoints(max) {
  const functions = sourceFiles(path.join(root, 'src')).flatMap(functionsOf).sort((a, b) => b.branches - a.branches);
  const over = (/** @type {number} */ limit) => functions.filter(f => f.branches > limit).length;
  console.log(`${functions.length} functions in src/; more than 25 branch points: ${over(25)}; 20 or more: ${over(19)}; most: ${functions[0]?.branches ?? 0}`);
  for (const f of functions.slice(0, top)) {
    console.log(`${String(f.branches).padStart(4)}  ${f.name}  ${f.file}:${f.line}`);
  }
  if (over(max) > 0) {
    console.error(`branch-points: ${over(max)} function(s) have more than ${max} branch points`);
    process.exitCode = 1;
  }
}
