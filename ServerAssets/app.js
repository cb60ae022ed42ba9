// sdw serve: the editor of one canvas. Plain JavaScript, no build step, nothing fetched but this
// server's own API. The page's data (the canvas, texts, labels) comes in <script id="sdw-data">.
'use strict';

(function () {
  const dataElement = document.getElementById('sdw-data');
  if (!dataElement) return;
  const data = JSON.parse(dataElement.textContent);
  const csrf = document.body.dataset.csrf;
  const S = data.strings;
  const L = data.labels;
  const T = data.terms;
  const id = data.id;
  const CHECK_DELAY = 150;   // ms after the last keystroke: the checks show well within 300 ms
  const SAVE_DELAY = 800;    // ms after the last keystroke: the autosave
  const RETRY_DELAY = 3000;  // ms between tries while the server does not answer

  // One id per open page, so that one person's edits within a minute stay one revision.
  const author = (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2)).slice(0, 64);

  let state = data.state;               // the last state the server sent
  let baseDoc = clone(state.canvas);    // the document of state.etag
  let baseEtag = state.etag;
  let doc = clone(state.canvas);        // what the page shows and edits
  let schema = null;
  let saving = false;
  let dirty = false;
  let saveTimer = null;
  let checkTimer = null;
  let lastFindings = state.findings;
  let lastLeft = state.left;

  // Sections: their canvas path, the schema definition of their items, list or single.
  const SECTIONS = {
    'header': { def: 'canvas', single: true, fields: ['title', 'status', 'library', 'authors', 'language'] },
    'target_group': { def: 'target_group', single: true },
    'service': { def: 'service', single: true },
    'needs': { def: 'need', prefix: 'need' },
    'resources': { def: 'resource', prefix: 'resource' },
    'partners': { def: 'partner', prefix: 'partner' },
    'information': { def: 'information' },
    'activities': { def: 'activity', prefix: 'activity' },
    'effects.social': { def: 'social_effect' },
    'effects.economic': { def: 'economic_effect' },
  };
  const LONG_TEXT = new Set(['description', 'goal', 'text', 'role', 'benefit']);
  const REFERENCES = new Set(['needs', 'partners', 'resources']);

  function clone(value) { return value === undefined ? undefined : JSON.parse(JSON.stringify(value)); }
  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }
  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children || []) if (child) node.appendChild(child);
    return node;
  }
  function label(key) {
    const map = { name: S['field.name'], item: L.resource, text: S['field.text'], channel: L.channel, size: S['field.size'],
      goal: L.goal, description: L.description, place: L.place, kind: L.kind, cost: L.cost, currency: L.currency,
      available: L.availability, type: L.type, role: L.role, benefit: L.benefit, audience: L.audience, when: L.when,
      responsible: L.responsible, needs: L.needs, partners: L.partners, resources: L.resources, indicator: L.indicator,
      target: L.target, unit: S['field.unit'], value: L.value, evidence: L.evidence, title: S['editor.title'], status: L.status,
      library: L.library, authors: L.authors, language: S['nav.language'], contact: S['field.contact'], id: S['field.id'] };
    return map[key] || key;
  }

  // ---- Paths into the document --------------------------------------------------------------
  function getSection(path) {
    if (path === 'header') return doc;
    const parts = path.split('.');
    let node = doc;
    for (const part of parts) { if (!node || typeof node !== 'object') return undefined; node = node[part]; }
    return node;
  }
  function setSection(path, value) {
    const parts = path.split('.');
    let node = doc;
    for (let i = 0; i < parts.length - 1; i++) {
      if (!node[parts[i]] || typeof node[parts[i]] !== 'object' || Array.isArray(node[parts[i]])) node[parts[i]] = {};
      node = node[parts[i]];
    }
    node[parts[parts.length - 1]] = value;
  }
  function itemPath(section, item, index) {
    return item && typeof item === 'object' && typeof item.id === 'string' && item.id ? `${section}[${item.id}]` : `${section}[${index}]`;
  }

  // ---- Three-way merge of documents (the server merges saves the same way) -------------------
  function merge3(base, mine, theirs, prefer) {
    if (same(mine, theirs)) return clone(mine);
    if (same(mine, base)) return clone(theirs);
    if (same(theirs, base)) return clone(mine);
    const isObject = (v) => v && typeof v === 'object' && !Array.isArray(v);
    if (isObject(mine) && isObject(theirs)) {
      const b = isObject(base) ? base : {};
      const out = {};
      const keys = Object.keys(theirs).concat(Object.keys(mine).filter((k) => !(k in theirs)));
      for (const key of keys) {
        const merged = merge3(b[key], mine[key], theirs[key], prefer);
        if (merged !== undefined) out[key] = merged;
      }
      return out;
    }
    const keyed = (list) => Array.isArray(list) && list.every((x) => isObject(x) && typeof x.id === 'string')
      && new Set(list.map((x) => x.id)).size === list.length;
    if (keyed(mine) && keyed(theirs) && (base === undefined || keyed(base))) {
      const byID = (list) => new Map((list || []).map((x) => [x.id, x]));
      const b = byID(base), m = byID(mine), t = byID(theirs);
      const order = theirs.map((x) => x.id).concat(mine.map((x) => x.id).filter((k) => !t.has(k)));
      const out = [];
      for (const key of order) {
        const merged = merge3(b.get(key), m.get(key), t.get(key), prefer);
        if (merged !== undefined) out.push(merged);
      }
      return out;
    }
    return clone(prefer === 'theirs' ? theirs : mine);
  }

  // ---- Rendering ------------------------------------------------------------------------------
  function fieldsOf(sectionPath) {
    const section = SECTIONS[sectionPath];
    const def = schema && schema.$defs && schema.$defs[section.def];
    const properties = (def && def.properties) || {};
    const keys = section.fields || Object.keys(properties);
    return keys.map((key) => ({ key, spec: properties[key] || {} }));
  }

  function inputFor(sectionPath, owner, key, spec, path, inputID) {
    const value = owner ? owner[key] : undefined;
    const types = [].concat(spec.type || []);
    const set = (newValue) => {
      if (newValue === '' || newValue === undefined || (Array.isArray(newValue) && newValue.length === 0)) delete owner[key];
      else owner[key] = newValue;
      changed();
    };
    if (sectionPath === 'activities' && REFERENCES.has(key)) {
      const choices = (Array.isArray(doc[key]) ? doc[key] : []).filter((x) => x && typeof x.id === 'string');
      const chosen = new Set(Array.isArray(value) ? value.map(String) : []);
      const group = el('fieldset', { class: 'picks', 'data-path': path, id: inputID }, [el('legend', { text: label(key) })]);
      if (!choices.length) group.appendChild(el('p', { class: 'empty', text: S['editor.none'] }));
      choices.forEach((choice, index) => {
        const boxID = `${inputID}-${index}`;
        const box = el('input', { type: 'checkbox', id: boxID, value: choice.id, checked: chosen.has(choice.id) });
        box.addEventListener('change', () => {
          const picked = Array.from(group.querySelectorAll('input:checked')).map((x) => x.value);
          set(picked);
        });
        const text = choice.text || choice.name || choice.item || choice.id;
        group.appendChild(el('span', { class: 'pick' }, [box, el('label', { for: boxID, text: `${text} (${choice.id})` })]));
      });
      return group;
    }
    if (key === 'when') return whenInput(owner, key, path, inputID, set);
    if (key === 'authors') {
      const input = el('input', { id: inputID, 'data-path': path, value: Array.isArray(value) ? value.join(', ') : (value || '') });
      input.addEventListener('input', () => set(input.value.split(',').map((x) => x.trim()).filter(Boolean)));
      return input;
    }
    if (spec.enum && key !== 'currency') {
      const select = el('select', { id: inputID, 'data-path': path }, [el('option', { value: '', text: '—' })]);
      for (const option of spec.enum) {
        if (option === null) continue;
        const names = T[key] || {};
        select.appendChild(el('option', { value: option, text: names[option] || option, selected: value === option }));
      }
      select.addEventListener('change', () => set(select.value));
      return select;
    }
    if (types.includes('boolean') && !types.includes('string')) {
      const box = el('input', { type: 'checkbox', id: inputID, 'data-path': path, checked: value !== false });
      box.addEventListener('change', () => set(box.checked));
      return box;
    }
    const long = LONG_TEXT.has(key);
    const text = value === undefined || value === null ? '' : String(value);
    const attributes = { id: inputID, 'data-path': path };
    if (types.includes('number') && !types.includes('string')) attributes.inputmode = 'decimal';
    if (key === 'currency') { attributes.list = 'currencies'; attributes.autocomplete = 'off'; attributes.size = 4; }
    const input = long ? el('textarea', Object.assign({ rows: 2 }, attributes)) : el('input', attributes);
    input.value = text;
    input.addEventListener('input', () => set(input.value));
    return input;
  }

  // `when`: free text (any format-1 period) with a picker for a day, month, quarter or year, or a range.
  function whenInput(owner, key, path, inputID, set) {
    const wrap = el('div', { class: 'when' });
    const input = el('input', { id: inputID, 'data-path': path, value: owner[key] === undefined ? '' : String(owner[key]),
      placeholder: '2026-03 · 2026-Q2 · 2026-01..2026-06' });
    input.addEventListener('input', () => set(input.value));
    const details = el('details', { class: 'picker' }, [el('summary', { text: S['editor.pick'] })]);
    const kindID = `${inputID}-kind`;
    const kind = el('select', { id: kindID }, [
      el('option', { value: 'month', text: S['editor.whenMonth'] }),
      el('option', { value: 'date', text: S['editor.whenDay'] }),
      el('option', { value: 'quarter', text: S['editor.whenQuarter'] }),
      el('option', { value: 'year', text: S['editor.whenYear'] }),
    ]);
    const from = el('input', { id: `${inputID}-from`, type: 'month' });
    const to = el('input', { id: `${inputID}-to`, type: 'month' });
    kind.addEventListener('change', () => {
      const type = { month: 'month', date: 'date', quarter: 'text', year: 'number' }[kind.value];
      for (const field of [from, to]) {
        field.type = type;
        field.placeholder = kind.value === 'quarter' ? '2026-Q2' : '';
      }
    });
    const apply = el('button', { type: 'button', text: S['editor.set'] });
    apply.addEventListener('click', () => {
      if (!from.value) return;
      input.value = to.value ? `${from.value}..${to.value}` : from.value;
      set(input.value);
      details.open = false;
      input.focus();
    });
    details.appendChild(el('span', { class: 'picker-row' }, [el('label', { for: kindID, text: S['editor.whenKind'] }), kind]));
    details.appendChild(el('span', { class: 'picker-row' }, [el('label', { for: from.id, text: S['editor.from'] }), from]));
    details.appendChild(el('span', { class: 'picker-row' }, [el('label', { for: to.id, text: S['editor.to'] }), to]));
    details.appendChild(apply);
    wrap.appendChild(input);
    wrap.appendChild(details);
    return wrap;
  }

  function fieldRow(sectionPath, owner, key, spec, path, inputID) {
    const control = inputFor(sectionPath, owner, key, spec, path, inputID);
    if (control.tagName === 'FIELDSET') return el('div', { class: 'field', 'data-field': path }, [control]);
    return el('div', { class: 'field', 'data-field': path }, [el('label', { for: inputID, text: label(key) }), control]);
  }

  function renderSection(sectionPath, container) {
    const section = SECTIONS[sectionPath];
    container.textContent = '';
    const safe = sectionPath.replace(/[^a-z0-9]/g, '-');
    if (section.single) {
      let owner = sectionPath === 'header' ? doc : getSection(sectionPath);
      if (!owner || typeof owner !== 'object' || Array.isArray(owner)) {
        owner = {};
        // Created on the first edit, so an untouched empty section stays absent.
        const create = () => { if (getSection(sectionPath) !== owner) setSection(sectionPath, owner); };
        container.addEventListener('input', create, { once: true, capture: true });
        container.addEventListener('change', create, { once: true, capture: true });
      }
      for (const { key, spec } of fieldsOf(sectionPath)) {
        const path = sectionPath === 'header' ? key : `${sectionPath}.${key}`;
        container.appendChild(fieldRow(sectionPath, owner, key, spec, path, `f-${safe}-${key}`));
      }
      return;
    }
    const list = Array.isArray(getSection(sectionPath)) ? getSection(sectionPath) : [];
    const ol = el('ol', { class: 'items' });
    list.forEach((item, index) => {
      if (!item || typeof item !== 'object') return;
      const path = itemPath(sectionPath, item, index);
      const legendText = `${index + 1}. ${item.text || item.name || item.item || item.channel || item.id || S['editor.item']}`;
      const card = el('fieldset', { class: 'item', 'data-path': path }, [el('legend', { text: legendText })]);
      for (const { key, spec } of fieldsOf(sectionPath)) {
        card.appendChild(fieldRow(sectionPath, item, key, spec, `${path}.${key}`, `f-${safe}-${index}-${key}`));
      }
      const move = (delta) => {
        const target = index + delta;
        if (target < 0 || target >= list.length) return;
        [list[index], list[target]] = [list[target], list[index]];
        changed(true, `f-${safe}-${target}-${fieldsOf(sectionPath)[0].key}`);
      };
      const tools = el('div', { class: 'tools' }, [
        el('button', { type: 'button', text: '↑', 'aria-label': `${S['editor.up']}: ${legendText}`, disabled: index === 0, onclick: () => move(-1) }),
        el('button', { type: 'button', text: '↓', 'aria-label': `${S['editor.down']}: ${legendText}`, disabled: index === list.length - 1, onclick: () => move(1) }),
        el('button', { type: 'button', class: 'remove', text: S['editor.remove'], 'aria-label': `${S['editor.remove']}: ${legendText}`,
          onclick: () => { list.splice(index, 1); if (!list.length) setSection(sectionPath, []); changed(true); } }),
      ]);
      card.appendChild(tools);
      ol.appendChild(el('li', {}, [card]));
    });
    container.appendChild(ol);
    const add = el('button', { type: 'button', class: 'add', text: `+ ${S['editor.add']}` });
    add.addEventListener('click', () => {
      const items = Array.isArray(getSection(sectionPath)) ? getSection(sectionPath) : [];
      const item = {};
      if (section.prefix) {
        const taken = new Set(items.map((x) => x && x.id));
        let n = items.length + 1;
        while (taken.has(`${section.prefix}-${n}`)) n++;
        item.id = `${section.prefix}-${n}`;
      }
      items.push(item);
      setSection(sectionPath, items);
      const first = fieldsOf(sectionPath).find((f) => f.key !== 'id');
      changed(true, `f-${safe}-${items.length - 1}-${first ? first.key : 'id'}`);
    });
    container.appendChild(add);
  }

  function renderAll(focusID) {
    const active = document.activeElement;
    const keep = focusID || (active && active.id) || null;
    const selection = active && 'selectionStart' in active ? [active.selectionStart, active.selectionEnd] : null;
    for (const container of document.querySelectorAll('.box-body[data-section]')) {
      if (SECTIONS[container.dataset.section]) renderSection(container.dataset.section, container);
    }
    const title = document.getElementById('canvas-title');
    if (title) title.textContent = doc.title || id;
    if (keep) {
      const target = document.getElementById(keep);
      if (target) {
        target.focus();
        if (selection && !focusID && 'setSelectionRange' in target && target.value !== undefined) {
          try { target.setSelectionRange(selection[0], selection[1]); } catch (e) { /* not a text field */ }
        }
      }
    }
    showFindings(lastFindings, lastLeft);
  }

  // ---- Findings beside the fields -------------------------------------------------------------
  function sectionTitle(path) {
    const box = document.querySelector(`section[data-section="${CSS.escape(path)}"] h2`);
    return box ? box.textContent : path;
  }

  function showFindings(findings, left) {
    lastFindings = findings;
    lastLeft = left;
    for (const old of document.querySelectorAll('.finding')) old.remove();
    for (const field of document.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
    const list = document.getElementById('findings');
    list.textContent = '';
    const leftBox = document.getElementById('left');
    leftBox.textContent = '';
    const isDraft = doc.status === undefined || doc.status === 'draft';
    if (left.length) {
      leftBox.appendChild(el('p', { class: 'left-title', text: S['editor.left'] }));
      leftBox.appendChild(el('ul', { class: 'left' }, left.map((path) => el('li', { text: sectionTitle(path || '') }))));
    } else {
      leftBox.appendChild(el('p', { class: 'complete', text: S['editor.complete'] }));
    }
    const shown = findings.filter((f) => !(isDraft && (f.ruleId === 'missing-section' || f.ruleId === 'empty-section')));
    if (!shown.length) list.appendChild(el('li', { text: S['editor.noFindings'] }));
    shown.forEach((finding, index) => {
      let path = finding.canvasPath || '';
      let target = null;
      while (true) {
        target = document.querySelector(`[data-field="${CSS.escape(path)}"], [data-path="${CSS.escape(path)}"]`)
          || document.querySelector(`section[data-section="${CSS.escape(path)}"] .box-body`);
        if (target || !path) break;
        path = path.replace(/(\.[^.[\]]*|\[[^\]]*\])$/, '');
        if (!/[.[]/.test(path) && !document.querySelector(`section[data-section="${CSS.escape(path)}"]`)) {
          target = document.querySelector(`[data-field="${CSS.escape(path)}"]`);
          break;
        }
      }
      const noteID = `finding-${index}`;
      const note = el('p', { class: `finding sev-${finding.severity}`, id: noteID, text: finding.message });
      if (target) {
        if (target.classList.contains('box-body')) target.prepend(note); else target.appendChild(note);
        const control = target.matches('input, select, textarea') ? target : target.querySelector('input, select, textarea');
        if (control && finding.severity === 'error') control.setAttribute('aria-invalid', 'true');
        if (control) control.setAttribute('aria-describedby', noteID);
      }
      list.appendChild(el('li', { class: `sev-${finding.severity}` }, [
        el('span', { class: 'severity', text: L[finding.severity] || finding.severity }),
        document.createTextNode(` ${finding.message}`),
      ]));
    });
  }

  // ---- Checking and saving --------------------------------------------------------------------
  function setSaveState(key) {
    const line = document.getElementById('save-state');
    line.textContent = S[key];
    line.dataset.state = key;
  }

  function changed(rerender, focusID) {
    dirty = true;
    setSaveState('editor.unsaved');
    if (rerender) renderAll(focusID);
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, CHECK_DELAY);
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, SAVE_DELAY);
  }

  function request(method, url, body, headers) {
    return fetch(url, {
      method,
      credentials: 'same-origin',
      headers: Object.assign({ 'X-SDW-CSRF': csrf, 'Content-Type': 'application/json' }, headers || {}),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async function check() {
    const sent = clone(doc);
    try {
      const response = await request('POST', `/api/v1/canvases/${id}/check`, sent);
      if (!response.ok) return;
      const result = await response.json();
      if (same(sent, doc)) showFindings(result.findings, result.left);
    } catch (e) { /* the save reports the connection */ }
  }

  async function save() {
    if (saving) { saveTimer = setTimeout(save, SAVE_DELAY); return; }
    if (!dirty) return;
    saving = true;
    dirty = false;
    const sent = clone(doc);
    setSaveState('editor.saving');
    try {
      const response = await request('PUT', `/api/v1/canvases/${id}`, sent, { 'If-Match': baseEtag, 'X-SDW-Author': author });
      const result = await response.json();
      if (response.status === 200 || response.status === 201) {
        adopt(result, sent);
        setSaveState(dirty ? 'editor.unsaved' : 'editor.saved');
      } else if (response.status === 412) {
        showConflict(result, sent);
      } else {
        dirty = true;
        setSaveState('editor.unsaved');
        showFindings(result.findings || lastFindings, lastLeft);
      }
    } catch (e) {
      dirty = true;
      setSaveState('editor.offline');
      saveTimer = setTimeout(save, RETRY_DELAY);
    } finally {
      saving = false;
    }
    if (dirty && document.getElementById('save-state').dataset.state !== 'editor.offline') {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(save, SAVE_DELAY);
    }
  }

  // Takes a state from the server; `sent` is the document this page sent (edits made since are kept).
  function adopt(result, sent) {
    state = result;
    const typedSince = sent !== undefined && !same(sent, doc);
    // The fields edit `doc` in place: it is replaced (and the fields drawn again) only when the
    // server's document differs from what the page has.
    const differs = typedSince || !same(sent, result.canvas);
    if (differs) doc = typedSince ? merge3(sent, doc, result.canvas, 'mine') : clone(result.canvas);
    baseDoc = clone(result.canvas);
    baseEtag = result.etag;
    const note = document.getElementById('comments-note');
    if (note && !result.hasComments) note.remove();
    lastFindings = result.findings;
    lastLeft = result.left;
    if (differs) renderAll(); else showFindings(result.findings, result.left);
  }

  function showConflict(result, sent) {
    const box = document.getElementById('conflict');
    const body = document.getElementById('conflict-body');
    body.textContent = '';
    const latest = result.latest;
    const table = el('table', {}, [el('thead', {}, [el('tr', {}, [
      el('th', { scope: 'col', text: S['conflict.where'] }),
      el('th', { scope: 'col', text: S['conflict.mine'] }),
      el('th', { scope: 'col', text: S['conflict.theirs'] }),
    ])])]);
    const rows = el('tbody');
    for (const path of result.conflicts || []) {
      rows.appendChild(el('tr', {}, [
        el('th', { scope: 'row', text: path }),
        el('td', {}, [el('pre', { text: JSON.stringify(valueAt(sent, path), null, 1) || '—' })]),
        el('td', {}, [el('pre', { text: JSON.stringify(valueAt(latest.canvas, path), null, 1) || '—' })]),
      ]));
    }
    table.appendChild(rows);
    body.appendChild(table);
    const choose = (prefer) => {
      doc = merge3(baseDoc, doc, latest.canvas, prefer);
      baseDoc = clone(latest.canvas);
      baseEtag = latest.etag;
      state = latest;
      box.hidden = true;
      changed(true);
    };
    body.appendChild(el('p', { class: 'choices' }, [
      el('button', { type: 'button', id: 'keep-mine', text: S['conflict.keepMine'], onclick: () => choose('mine') }),
      el('button', { type: 'button', id: 'keep-theirs', text: S['conflict.keepTheirs'], onclick: () => choose('theirs') }),
    ]));
    box.hidden = false;
    setSaveState('editor.unsaved');
    document.getElementById('keep-mine').focus();
  }

  // The value at a path like `needs[books].text` or `effects.social[0]`.
  function valueAt(root, path) {
    let node = root;
    for (const part of path.match(/[^.[\]]+|\[[^\]]*\]/g) || []) {
      if (node === undefined || node === null) return undefined;
      if (part.startsWith('[')) {
        const key = part.slice(1, -1);
        node = Array.isArray(node) ? (node.find((x) => x && x.id === key) || node[Number(key)]) : undefined;
      } else {
        node = node[part];
      }
    }
    return node;
  }

  // ---- Live updates from the others -----------------------------------------------------------
  function listen() {
    if (!window.EventSource) return;
    const source = new EventSource(`/api/v1/canvases/${id}/events`);
    source.addEventListener('saved', async (event) => {
      const saved = JSON.parse(event.data);
      if (saved.author === author || saved.etag === baseEtag) return;
      try {
        const response = await fetch(`/api/v1/canvases/${id}`, { credentials: 'same-origin' });
        if (!response.ok) return;
        const latest = await response.json();
        // With edits of its own on the way, the page waits for its save: the server merges the
        // two or, where they overlap, refuses it and the page shows both versions.
        if (latest.etag === baseEtag || dirty || saving) return;
        doc = clone(latest.canvas);
        baseDoc = clone(latest.canvas);
        baseEtag = latest.etag;
        state = latest;
        lastFindings = latest.findings;
        lastLeft = latest.left;
        renderAll();
        if (!dirty) setSaveState('editor.updated');
      } catch (e) { /* the next event or save tries again */ }
    });
  }

  // ---- Start ----------------------------------------------------------------------------------
  fetch('/schema.json', { credentials: 'same-origin' })
    .then((response) => response.json())
    .then((loaded) => {
      schema = loaded;
      const currencies = ((schema.$defs.resource || {}).properties || {}).currency;
      const list = el('datalist', { id: 'currencies' });
      for (const code of (currencies && currencies.enum) || []) if (code) list.appendChild(el('option', { value: code }));
      document.body.appendChild(list);
      document.querySelector('main').classList.add('editing');
      renderAll();
      listen();
    })
    .catch(() => setSaveState('editor.offline'));
  window.addEventListener('beforeunload', (event) => {
    if (dirty || saving) { event.preventDefault(); event.returnValue = ''; }
  });
})();
