// Rows that come and go in the editor's row lists (table[data-rows-pointer]: a public table's code rows, a 自评表's
// indicators, the 基础数据表's 项目支出 items). Rows are inserted and removed in the page only; what changed is
// worked out when the edits are sent (rowOps): the saved rows that are gone, highest first, then the new rows at
// their places, lowest first — in that order the server's insertRow/removeRow edits build the rows the page shows,
// and the cell edits that follow address the cells by the pointers the page shows. Every row's pointers are
// renumbered after a change, so that findings and cell edits always use the rows as the page shows them.

import { el } from './api.js';

/** The row lists of the page. */
export function rowLists(root = document) {
  return [...root.querySelectorAll('table[data-rows-pointer]')];
}

const rowsOf = (table) => [...table.tBodies[0].rows];

/** Remembers the saved rows: each row's place in the saved report (data-origin) and how many there are. */
export function rebase(root = document) {
  for (const table of rowLists(root)) {
    const rows = rowsOf(table);
    rows.forEach((tr, i) => { tr.dataset.origin = String(i); delete tr.dataset.new; });
    table.dataset.originalRows = String(rows.length);
  }
}

/** The row edits that turn the saved rows into the rows on the page (see the top of this file). */
export function rowOps(root = document) {
  const ops = [];
  for (const table of rowLists(root)) {
    const list = table.dataset.rowsPointer;
    const rows = rowsOf(table);
    const kept = new Set(rows.filter((tr) => tr.dataset.origin !== undefined).map((tr) => Number(tr.dataset.origin)));
    for (let i = Number(table.dataset.originalRows) - 1; i >= 0; i--) {
      if (!kept.has(i)) ops.push({ op: 'removeRow', pointer: `${list}/${i}` });
    }
    rows.forEach((tr, i) => { if (tr.dataset.origin === undefined) ops.push({ op: 'insertRow', pointer: `${list}/${i}` }); });
  }
  return ops;
}

/** The row list whose rows the pointer's parent names, e.g. /finalAccounts/tables/4/rows for …/rows/3. */
export function listOf(rowPointer, root = document) {
  const list = rowPointer.slice(0, rowPointer.lastIndexOf('/'));
  return rowLists(root).find((t) => t.dataset.rowsPointer === list) || null;
}

/** Whether a new row may go at `index` (the row above it must take one below it; the top only where allowed). */
export function mayInsertAt(table, index) {
  const rows = rowsOf(table);
  if (index < 0 || index > rows.length) return false;
  return index === 0 ? table.dataset.insertTop === 'true' : rows[index - 1].dataset.closed !== 'true';
}

/**
 * Inserts an empty row at `index`, shaped as the server shapes it: every column blank, except the columns a new row
 * copies from the row above (一级/二级指标), which take that row's saved value as their own and show its current one
 * (so a change typed above carries over as an edit). Returns the new row's cells.
 */
export function insertRow(table, index) {
  const rows = rowsOf(table);
  const above = index > 0 ? rows[index - 1] : null;
  const tr = el('tr', { dataset: { new: 'true' } }, el('th', { scope: 'row', class: 'row-label' }));
  const inputs = [];
  for (const head of [...table.tHead.rows[0].cells].slice(1)) {
    const copied = head.dataset.copy === 'true' && above ? above.cells[head.cellIndex]?.querySelector('input.cell') : null;
    const numeric = head.dataset.numeric === 'true';
    const input = el('input', { class: 'cell', type: 'text', placeholder: numeric ? null : head.textContent,
      dataset: { field: head.dataset.field, original: copied?.dataset.original ?? '' } });
    input.value = copied ? copied.value : '';
    inputs.push(input);
    tr.append(el('td', { class: numeric ? 'num' : 'text' }, input));
  }
  table.tBodies[0].insertBefore(tr, rows[index] || null);
  renumber(table);
  for (const input of inputs) delete input.dataset.field;
  return inputs;
}

/** Removes a row from the page; false (nothing done) for a fixed row of the form. */
export function removeRow(tr) {
  if (tr.dataset.fixed === 'true') return false;
  const table = tr.closest('table');
  tr.remove();
  renumber(table);
  return true;
}

/** Gives every row its pointer and number as it now stands, and its cells theirs. */
export function renumber(table) {
  const list = table.dataset.rowsPointer;
  rowsOf(table).forEach((tr, i) => {
    const pointer = `${list}/${i}`;
    const old = tr.dataset.rowPointer;
    tr.dataset.rowPointer = pointer;
    const label = tr.querySelector('th.row-label');
    if (label) label.textContent = String(i + 1);
    for (const input of tr.querySelectorAll('[data-pointer], [data-field]')) {
      if (input.dataset.field !== undefined) input.dataset.pointer = `${pointer}/${input.dataset.field}`;
      else if (old && input.dataset.pointer.startsWith(`${old}/`)) input.dataset.pointer = pointer + input.dataset.pointer.slice(old.length);
      input.setAttribute('aria-label', `第${i + 1}行`);
    }
  });
}

/** What a row of a row list is called: its code and name, its label or indicator name, else 第N行. */
export function rowName(tr) {
  const value = (suffix) => [...tr.querySelectorAll('[data-pointer]')].find((c) => c.dataset.pointer.endsWith(suffix))?.value.trim() || '';
  const name = `${value('/key')} ${value('/name') || value('/label')}`.trim();
  return name || `第${tr.sectionRowIndex + 1}行`;
}
