import * as assert from 'assert';
import { renderTable, wrapText } from '../../src/cli/layout';

describe('CLI table layout', () => {
  it('wraps prose at spaces and cuts a word longer than the column', () => {
    assert.deepStrictEqual(wrapText('the port authority chief executive', 12), ['the port', 'authority', 'chief', 'executive']);
    assert.deepStrictEqual(wrapText('https://example.invalid/a-long-path', 10), ['https://ex', 'ample.inva', 'lid/a-long', '-path']);
    assert.deepStrictEqual(wrapText('', 10), ['']);
  });

  it('keeps a table that fits as it is, and wraps only prose columns of one that does not', () => {
    const columns = [{ title: 'NAME', wraps: true }, { title: 'KIND' }, { title: 'ROLES', wraps: true }];
    const rows = [['Nadia Verhoeven', 'person', 'chief executive of the port authority; former harbour master of the northern docks']];
    assert.strictEqual(renderTable(columns, rows, Infinity).split('\n').length, 2);
    const fitted = renderTable(columns, rows, 40).split('\n');
    assert.ok(fitted.length > 2, fitted.join('\n'));
    assert.ok(fitted.every(line => line.length <= 40), fitted.join('\n'));
    assert.ok(fitted[1].includes('person'), 'a kind is never wrapped');
    assert.strictEqual(fitted.join(' ').replace(/\s+/g, ' ').includes('former harbour'), true, 'no words lost');
  });
});
