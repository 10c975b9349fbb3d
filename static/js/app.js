// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // "Show contacts": fetch them in place instead of reloading the page.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches || !form.matches('form[data-reveal]')) return;
    event.preventDefault();
    var box = document.getElementById('contacts-box');
    var button = form.querySelector('button');
    if (button) button.disabled = true;
    fetch(form.action, {
      method: 'POST',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(new FormData(form)).toString(),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    }).then(function (result) {
      if (!result.ok) {
        if (result.data.token) form.querySelector('input[name=token]').value = result.data.token;
        showError(box, form, result.data.error);
        if (button) button.disabled = false;
        return;
      }
      renderContacts(box, result.data);
    }).catch(function () {
      form.submit();
    });
  });

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
