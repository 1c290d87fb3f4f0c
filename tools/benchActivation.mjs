// Loads the desktop bundle with a stub 'vscode' module and times require() and activate().
// The stub answers every API call with another stub, so whatever the features register, activation runs
// to completion; settings read as unset (defaults) and no editor is open, as on a fresh window.
import fs from 'fs';
import Module from 'module';
import { createRequire } from 'module';

function stub(name = 'vscode') {
  const target = function () {};
  const assigned = new Map();
  return new Proxy(target, {
    set(_t, prop, value) {
      assigned.set(prop, value);
      return true;
    },
    get(_t, prop) {
      if (assigned.has(prop)) {
        return assigned.get(prop);
      }
      if (prop === 'then') {
        return undefined; // not a thenable: awaiting a stub must not hang
      }
      if (prop === Symbol.iterator) {
        return function* () {};
      }
      if (prop === Symbol.toPrimitive) {
        return () => '';
      }
      if (prop === 'length') {
        return 0;
      }
      return stub(`${name}.${String(prop)}`);
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`),
  });
}

/** The names the real 'vscode' module exports, read from its type declarations. */
function vscodeExportNames() {
  const require = createRequire(import.meta.url);
  const dts = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  return [...new Set([...dts.matchAll(/^(?:\t| {4})export (?:class|namespace|enum|const|let|function) (\w+)/gm)].map(m => m[1]))];
}

function vscodeStub() {
  const configuration = { get: () => undefined, has: () => false, inspect: () => undefined, update: () => Promise.resolve() };
  const api = {};
  for (const name of vscodeExportNames()) {
    api[name] = stub(name);
  }
  const workspace = stub('workspace');
  api.workspace = new Proxy({}, {
    get: (_t, prop) => (prop === 'getConfiguration' ? () => configuration : prop === 'textDocuments' || prop === 'workspaceFolders' ? [] : workspace[prop]),
  });
  const window = stub('window');
  api.window = new Proxy({}, {
    get: (_t, prop) => (prop === 'visibleTextEditors' || prop === 'visibleNotebookEditors' ? [] : prop === 'activeTextEditor' ? undefined : window[prop]),
  });
  return api;
}

export function measureActivation(bundle) {
  const vscode = vscodeStub();
  // Module._load is Node's internal loader hook (untyped): the stub answers require('vscode').
  const loader = /** @type {any} */ (Module);
  const originalLoad = loader._load;
  loader._load = function (request, ...rest) {
    return request === 'vscode' ? vscode : originalLoad.call(this, request, ...rest);
  };
  try {
    const require = createRequire(import.meta.url);
    let t = performance.now();
    const extension = require(bundle);
    const loadMs = performance.now() - t;
    const subscriptions = [];
    const memento = { get: () => undefined, update: () => Promise.resolve(), keys: () => [] };
    const context = new Proxy({ subscriptions, workspaceState: memento, globalState: { ...memento, setKeysForSync() {} } }, {
      get: (target, prop) => (prop in target ? target[prop] : stub(`context.${String(prop)}`)),
    });
    t = performance.now();
    extension.activate(context);
    const activateMs = performance.now() - t;
    for (const d of subscriptions) {
      try {
        d.dispose?.();
      } catch {
        // A stub's dispose may be anything; disposal is not what is measured.
      }
    }
    return { loadMs, activateMs };
  } finally {
    loader._load = originalLoad;
  }
}
