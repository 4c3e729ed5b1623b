// Spreadsheet keys for the editor's grids: arrows/Enter/Tab move between cells, typing replaces the selected
// value, F2 edits in place, Esc restores the value the cell had when it was entered, and pasting a block copied
// from Excel (tab-separated columns, newline-separated rows) fills the cells from the focused one rightwards and
// downwards. In a row list, Ctrl+Enter / Ctrl+Shift+Enter / Ctrl+Delete (⌘ on a Mac) ask `onRowKey` to insert a row
// below / above the cell's row or to remove it.

const CELL = 'input.cell';

function position(input) {
  const td = input.closest('td');
  const tr = td?.parentElement;
  return td && tr ? { td, tr, column: td.cellIndex, rows: [...tr.parentElement.rows] } : null;
}

function inputIn(td) {
  return td ? td.querySelector(CELL) : null;
}

/** The cell in the same column `delta` rows away that has an input (skipping rows without one there). */
function vertical(input, delta) {
  const p = position(input);
  if (!p) return null;
  for (let i = p.rows.indexOf(p.tr) + delta; i >= 0 && i < p.rows.length; i += delta) {
    const target = inputIn(p.rows[i].cells[p.column]);
    if (target) return target;
  }
  return null;
}

function horizontal(input, delta) {
  const p = position(input);
  if (!p) return null;
  for (let i = p.column + delta; i >= 0 && i < p.tr.cells.length; i += delta) {
    const target = inputIn(p.tr.cells[i]);
    if (target) return target;
  }
  return null;
}

function move(target) {
  if (!target) return false;
  target.focus();
  target.select();
  return true;
}

export function attachGridKeys(root, { onCancel, onPaste, onRowKey }) {
  root.addEventListener('focusin', (e) => {
    const t = e.target;
    if (!t.matches('[data-pointer]')) return;
    t.dataset.focusValue = t.value;
    t.dataset.editing = 'false';
    if (t.matches(CELL)) t.select();
  });
  root.addEventListener('input', (e) => { if (e.target.matches('[data-pointer]')) e.target.dataset.editing = 'true'; });
  root.addEventListener('keydown', (e) => {
    const t = e.target;
    if (!t.matches('[data-pointer]')) return;
    if (e.key === 'Escape') {
      if (t.value !== t.dataset.focusValue && !t.readOnly) {
        t.value = t.dataset.focusValue;
        onCancel?.(t);
      }
      t.dataset.editing = 'false';
      if (t.matches(CELL)) t.select();
      e.preventDefault();
      return;
    }
    if (onRowKey && t.matches(CELL) && (e.ctrlKey || e.metaKey) && !e.altKey) {
      const action = e.key === 'Enter' ? (e.shiftKey ? 'insertAbove' : 'insertBelow') : e.key === 'Delete' ? 'remove' : null;
      if (action && onRowKey(t, action)) { e.preventDefault(); return; }
    }
    if (!t.matches(CELL) || e.altKey || e.ctrlKey || e.metaKey) return;
    const editing = t.dataset.editing === 'true';
    let handled = false;
    switch (e.key) {
      case 'ArrowUp': handled = move(vertical(t, -1)) || true; break;
      case 'ArrowDown': handled = move(vertical(t, 1)) || true; break;
      case 'Enter': handled = move(vertical(t, e.shiftKey ? -1 : 1)) || true; break;
      case 'ArrowLeft': if (!editing) handled = move(horizontal(t, -1)) || true; break;
      case 'ArrowRight': if (!editing) handled = move(horizontal(t, 1)) || true; break;
      case 'F2':
        t.dataset.editing = 'true';
        t.setSelectionRange(t.value.length, t.value.length);
        handled = true;
        break;
      default: break;
    }
    if (handled) e.preventDefault();
  });
  root.addEventListener('paste', (e) => {
    const t = e.target;
    if (!onPaste || !t.matches(CELL) || t.readOnly) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return; // one value: the browser pastes it
    if (onPaste(t, text)) e.preventDefault();
  });
}

/** Fills the block into the grid from `start`; returns the inputs whose value changed. */
export function pasteBlock(start, text) {
  const p = position(start);
  if (!p) return [];
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').map((line) => line.split('\t'));
  const changed = [];
  const first = p.rows.indexOf(p.tr);
  lines.forEach((values, i) => {
    const tr = p.rows[first + i];
    if (!tr) return;
    values.forEach((value, j) => {
      const input = inputIn(tr.cells[p.column + j]);
      const v = value.trim();
      if (input && !input.readOnly && input.value !== v) {
        input.value = v;
        changed.push(input);
      }
    });
  });
  return changed;
}
