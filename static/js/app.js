// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // "Show contacts": fetch them in place instead of reloading the page. When the server asks for a challenge first
  // (an address that asked for many contacts lately), answer it with a proof of work: a number whose SHA-256 with
  // the challenge has the asked number of leading zero bits. It runs here, in small slices, with no other service.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches || !form.matches('form[data-reveal]')) return;
    event.preventDefault();
    var box = document.getElementById('contacts-box');
    var button = form.querySelector('button');
    if (button) button.disabled = true;
    ask(form, null, null).then(function (result) {
      if (!result.ok) {
        showError(box, form, result.data.error);
        if (button) button.disabled = false;
        return;
      }
      renderContacts(box, result.data);
    }).catch(function () {
      form.submit();
    });
  });

  function ask(form, challenge, solution) {
    var body = new URLSearchParams();
    if (challenge) { body.append('challenge', challenge); body.append('solution', solution); }
    return fetch(form.action, {
      method: 'POST',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().then(function (data) {
        if (response.status === 202 && data.challenge && !challenge) {
          return solve(data.challenge, data.difficulty).then(function (answer) {
            return new Promise(function (done) { setTimeout(done, data.wait_ms || 0); }).then(function () {
              return ask(form, data.challenge, answer);
            });
          });
        }
        return { ok: response.ok && !data.challenge, data: data };
      });
    });
  }

  function solve(challenge, difficulty) {
    return new Promise(function (done) {
      var n = 0;
      function slice() {
        for (var end = n + 20000; n < end; n++) {
          if (leadingZeroBits(sha256(challenge + ':' + n)) >= difficulty) { done(String(n)); return; }
        }
        setTimeout(slice, 0);
      }
      slice();
    });
  }

  function leadingZeroBits(words) {
    var bits = 0;
    for (var i = 0; i < words.length; i++) {
      if (words[i] === 0) { bits += 32; continue; }
      return bits + Math.clz32(words[i]);
    }
    return bits;
  }

  // SHA-256 of an ASCII string (the challenge is ASCII), as eight 32-bit words.
  var K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1,
    0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
    0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
    0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3,
    0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb,
    0xbef9a3f7, 0xc67178f2];
  var W = new Array(64);
  function sha256(text) {
    var len = text.length, blocks = ((len + 8) >> 6) + 1, m = new Array(blocks * 16).fill(0), i;
    for (i = 0; i < len; i++) m[i >> 2] |= (text.charCodeAt(i) & 0xff) << (24 - (i & 3) * 8);
    m[len >> 2] |= 0x80 << (24 - (len & 3) * 8);
    m[blocks * 16 - 1] = len * 8;
    var h0 = 0x6a09e667, h1 = 0xbb67ae85, h2 = 0x3c6ef372, h3 = 0xa54ff53a,
      h4 = 0x510e527f, h5 = 0x9b05688c, h6 = 0x1f83d9ab, h7 = 0x5be0cd19;
    for (var b = 0; b < blocks; b++) {
      for (i = 0; i < 16; i++) W[i] = m[b * 16 + i];
      for (i = 16; i < 64; i++) {
        var x = W[i - 15], y = W[i - 2];
        var s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
        var s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
        W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
      }
      var a = h0, bb = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7;
      for (i = 0; i < 64; i++) {
        var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        var t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
        var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        var t2 = (S0 + ((a & bb) ^ (a & c) ^ (bb & c))) | 0;
        h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = bb; bb = a; a = (t1 + t2) | 0;
      }
      h0 = (h0 + a) | 0; h1 = (h1 + bb) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0;
      h4 = (h4 + e) | 0; h5 = (h5 + f) | 0; h6 = (h6 + g) | 0; h7 = (h7 + h) | 0;
    }
    return [h0 >>> 0, h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0, h5 >>> 0, h6 >>> 0, h7 >>> 0];
  }

  function showError(box, form, message) {
    var p = box.querySelector('.error');
    if (!p) {
      p = document.createElement('p');
      p.className = 'error';
      p.setAttribute('role', 'alert');
      box.insertBefore(p, form);
    }
    p.textContent = message;
  }

  function renderContacts(box, data) {
    var dl = document.createElement('dl');
    dl.className = 'facts-list';
    (data.contacts || []).forEach(function (line) {
      var dt = document.createElement('dt');
      dt.textContent = line.label;
      var dd = document.createElement('dd');
      if (line.href && /^(tel:|mailto:|https?:\/\/)/i.test(line.href)) {
        var a = document.createElement('a');
        a.href = line.href;
        a.rel = 'nofollow noopener';
        a.textContent = line.value;
        dd.appendChild(a);
      } else {
        dd.textContent = line.value;
      }
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    box.textContent = '';
    box.appendChild(dl);
    dl.setAttribute('tabindex', '-1');
    dl.focus();
  }

  // Ask before irreversible actions.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) event.preventDefault();
  }, true);

  // Move focus to the error summary so screen readers announce it.
  var summary = document.getElementById('error-summary');
  if (summary) summary.focus();

  // Subcategory list follows the chosen category.
  var category = document.getElementById('f-category');
  var sub = document.getElementById('f-subcategory');
  if (category && sub) {
    var sync = function () {
      Array.prototype.forEach.call(sub.querySelectorAll('optgroup'), function (group) {
        var match = group.getAttribute('data-category') === category.value;
        group.hidden = !match;
        group.disabled = !match;
      });
      var selected = sub.options[sub.selectedIndex];
      if (selected && selected.parentNode.disabled) sub.value = '';
    };
    category.addEventListener('change', sync);
    sync();
  }
})();

// Repeatable rows of the resume form (education, jobs, languages). Without this script the "Add …" and "Remove"
// buttons submit the form and the server answers with a row more or less; with it they work in place.
(function () {
  'use strict';

  function rowsOf(container) {
    return Array.prototype.filter.call(container.children, function (el) {
      return el.classList && el.classList.contains('row-group');
    });
  }

  // Gives every row of a group the numbers 0, 1, 2 … in name, id, for, aria-describedby and the remove button's
  // value, so that the server (which stops at the first missing number) reads every row.
  function renumber(container) {
    var group = container.getAttribute('data-rows');
    var pattern = new RegExp('(^|[^A-Za-z0-9_])' + group + '\\.\\d+(?=\\.|-|\\s|$)', 'g');
    var template = container.getAttribute('data-legend') || '{}';
    rowsOf(container).forEach(function (row, i) {
      var replacement = '$1' + group + '.' + i;
      Array.prototype.forEach.call(row.querySelectorAll('[name], [id], [for], [aria-describedby]'), function (el) {
        ['name', 'id', 'for', 'aria-describedby'].forEach(function (attr) {
          var v = el.getAttribute(attr);
          if (v) el.setAttribute(attr, v.replace(pattern, replacement));
        });
        if (el.name === 'remove_row') el.value = group + '.' + i;
      });
      var label = template.replace('{}', String(i + 1));
      var legend = row.querySelector('legend');
      if (legend) legend.textContent = label;
      var name = row.querySelector('.row-name');
      if (name) name.textContent = ' ' + label;
    });
    var max = parseInt(container.getAttribute('data-max') || '20', 10);
    var form = container.closest('form');
    var add = form && form.querySelector('button[name=add_row][value="' + group + '"]');
    if (add) add.disabled = rowsOf(container).length >= max;
  }

  function ensureRemoveButton(container, row) {
    if (row.querySelector('button[name=remove_row]')) return;
    var button = document.createElement('button');
    button.type = 'submit';
    button.name = 'remove_row';
    button.className = 'link-button remove-row';
    button.setAttribute('formnovalidate', '');
    button.appendChild(document.createTextNode(container.getAttribute('data-remove-label') || 'Remove'));
    var name = document.createElement('span');
    name.className = 'visually-hidden row-name';
    button.appendChild(name);
    row.appendChild(button);
  }

  function clearRow(row) {
    Array.prototype.forEach.call(row.querySelectorAll('input, textarea, select'), function (el) {
      if (el.tagName === 'SELECT') el.selectedIndex = 0;
      else if (el.type === 'checkbox' || el.type === 'radio') el.checked = false;
      else el.value = '';
      el.removeAttribute('aria-invalid');
      var ids = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (id) {
        return id && !/-error$/.test(id);
      });
      if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
      else el.removeAttribute('aria-describedby');
    });
    Array.prototype.forEach.call(row.querySelectorAll('.field-error'), function (p) { p.remove(); });
    Array.prototype.forEach.call(row.querySelectorAll('.field.invalid'), function (f) { f.classList.remove('invalid'); });
  }

  function focusFirstField(row) {
    var first = row && row.querySelector('input, textarea, select');
    if (first) first.focus();
  }

  var containers = document.querySelectorAll('[data-rows]');
  if (!containers.length) return;
  Array.prototype.forEach.call(containers, function (container) {
    rowsOf(container).forEach(function (row) { ensureRemoveButton(container, row); });
    renumber(container);
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[name=add_row], button[name=remove_row]');
    if (!button || !button.form) return;
    var container;
    if (button.name === 'add_row') {
      container = button.form.querySelector('[data-rows="' + button.value + '"]');
      if (!container) return;
      event.preventDefault();
      var rows = rowsOf(container);
      var last = rows[rows.length - 1];
      if (!last) return;
      var copy = last.cloneNode(true);
      clearRow(copy);
      ensureRemoveButton(container, copy);
      container.appendChild(copy);
      renumber(container);
      focusFirstField(copy);
    } else {
      container = button.closest('[data-rows]');
      var row = button.closest('.row-group');
      if (!container || !row) return;
      event.preventDefault();
      var all = rowsOf(container);
      if (all.length <= 1) {
        clearRow(row);
        focusFirstField(row);
        return;
      }
      var next = all[all.indexOf(row) + 1] || all[all.indexOf(row) - 1];
      row.remove();
      renumber(container);
      focusFirstField(next);
    }
  });
})();

// Photo fields: a file over the size limit or of another type than JPEG, PNG or WebP is refused before upload,
// with the server's own (translated) message from the field's data- attributes; "remove" hides a kept photo.
(function () {
  'use strict';

  var types = ['image/jpeg', 'image/png', 'image/webp'];

  function showFieldError(input, message) {
    var field = input.closest('.field');
    var id = input.id + '-error';
    var p = document.getElementById(id);
    if (!message) {
      if (p && p.getAttribute('data-client')) p.remove();
      if (!field.querySelector('.field-error')) {
        input.removeAttribute('aria-invalid');
        field.classList.remove('invalid');
      }
      return;
    }
    if (!p) {
      p = document.createElement('p');
      p.className = 'field-error';
      p.id = id;
      p.setAttribute('data-client', '1');
      p.setAttribute('role', 'alert');
      field.insertBefore(p, input);
      var ids = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
      if (ids.indexOf(id) < 0) ids.push(id);
      input.setAttribute('aria-describedby', ids.join(' '));
    }
    p.textContent = message;
    input.setAttribute('aria-invalid', 'true');
    field.classList.add('invalid');
  }

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type === 'checkbox' && input.name === 'remove_held_photo') {
      var item = input.closest('li');
      if (item && input.checked) item.hidden = true;
      return;
    }
    if (input.type !== 'file' || !input.hasAttribute('data-max-bytes')) return;
    var max = parseInt(input.getAttribute('data-max-bytes'), 10);
    var message = '';
    Array.prototype.forEach.call(input.files || [], function (file) {
      if (message) return;
      if (types.indexOf(file.type) < 0) message = input.getAttribute('data-wrong-type');
      else if (file.size > max) message = input.getAttribute('data-too-large');
    });
    if (message) input.value = '';
    showFieldError(input, message);
  });
})();

// The CV Maker: the preview follows the typing (the server draws it; nothing is saved by that), and what was typed
// but not yet sent survives a reload in this browser's own storage, until the draft's day ends or it is deleted.
(function () {
  var KEY = 'ejob-cv-draft';
  function forget() { try { localStorage.removeItem(KEY); } catch (e) { /* storage off */ } }
  document.addEventListener('submit', function (event) {
    if (!event.defaultPrevented && event.target.hasAttribute('data-cv-forget')) forget();
  });
  var form = document.querySelector('form[data-cv-maker]');
  var preview = document.getElementById('cv-preview');
  if (!form || !preview || !window.fetch) return;

  function fields() {
    var out = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === 'file' || el.type === 'submit' || el.type === 'button') return;
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) return;
      out[el.name] = el.value;
    });
    return out;
  }
  function store() {
    var all = fields();
    delete all._csrf;
    try {
      localStorage.setItem(KEY, JSON.stringify({
        at: Date.now(), expires: Number(form.getAttribute('data-expires')) || 0, fields: all
      }));
    } catch (e) { /* storage full or off: the server's copy is the one kept */ }
  }
  function restore() {
    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(KEY) || 'null'); } catch (e) { saved = null; }
    if (!saved || !saved.fields) return false;
    if (saved.expires && saved.expires <= Date.now()) { forget(); return false; }
    if (saved.at <= (Number(form.getAttribute('data-updated')) || 0)) return false;  // the server's is newer
    Object.keys(saved.fields).forEach(function (name) {
      var m = /^([a-z_]+)\.(\d+)\./.exec(name);
      if (!m) return;
      var add = form.querySelector('button[name="add_row"][value="' + m[1] + '"]');
      for (var guard = 0; add && !form.elements[name] && guard < 20; guard++) add.click();
    });
    Object.keys(saved.fields).forEach(function (name) {
      var el = form.elements[name];
      if (!el || name === 'remove_photo') return;
      el.value = saved.fields[name];  // a RadioNodeList checks the radio of that value
    });
    var note = document.createElement('p');
    note.className = 'notice';
    note.setAttribute('role', 'status');
    note.textContent = form.getAttribute('data-restored');
    form.parentNode.insertBefore(note, form);
    return true;
  }

  var timer = null, seq = 0;
  function refresh() {
    var mine = ++seq;
    var body = new URLSearchParams();
    var all = fields();
    Object.keys(all).forEach(function (k) { body.append(k, all[k]); });
    fetch(form.getAttribute('data-preview'), {
      method: 'POST', credentials: 'same-origin', body: body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
    }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (html !== null && mine === seq) preview.innerHTML = html;
    }).catch(function () { /* offline: the Preview button still works */ });
  }
  function changed(event) {
    if (!event.target.name || event.target.type === 'file') return;
    store();
    clearTimeout(timer);
    timer = setTimeout(refresh, 300);
  }
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('click', function (event) {  // a row added or removed in place
    if (event.target.closest && event.target.closest('button[name=add_row], button[name=remove_row]')) {
      setTimeout(function () { store(); refresh(); }, 0);
    }
  });
  if (restore()) refresh();
})();
