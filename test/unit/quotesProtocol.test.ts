import * as assert from 'assert';
import { isViewToHostMessage } from '../../src/webview/protocol';

describe('isViewToHostMessage (host-side validation of webview messages)', () => {
  const valid: unknown[] = [
    { type: 'ready' },
    { type: 'revealQuote', side: 'a', start: 0, end: 10 },
    { type: 'revealQuote', side: 'b', start: 5, end: 5 },
  ];
  const malformed: unknown[] = [
    undefined,
    null,
    42,
    'ready',
    [],
    [{ type: 'ready' }],
    {},
    { type: 'READY' },
    { type: 'executeCommand', command: 'workbench.action.terminal.new' },
    { type: 'revealQuote' },
    { type: 'revealQuote', side: 'c', start: 0, end: 1 },
    { type: 'revealQuote', side: 'a', start: -1, end: 1 },
    { type: 'revealQuote', side: 'a', start: 5, end: 1 },
    { type: 'revealQuote', side: 'a', start: 1.5, end: 2 },
    { type: 'revealQuote', side: 'a', start: '1', end: '2' },
    { type: 'revealQuote', side: 'a', start: NaN, end: 2 },
    { type: 'revealQuote', side: 'a', start: 0, end: Infinity },
    { type: 'revealQuote', side: 'a', start: 0, end: 2 ** 40 },
    { type: 'revealQuote', side: ['a'], start: 0, end: 1 },
    { type: { toString: () => 'ready' } },
  ];
  for (const m of valid) {
    it(`accepts ${JSON.stringify(m)}`, () => assert.strictEqual(isViewToHostMessage(m), true));
  }
  malformed.forEach((m, i) => {
    it(`rejects malformed message #${i} (${String(JSON.stringify(m))})`, () => assert.strictEqual(isViewToHostMessage(m), false));
  });
});
