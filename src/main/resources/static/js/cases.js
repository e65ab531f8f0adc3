// Keeps the case submission form as a draft in this browser while it is being filled in, so
// leaving the page (or a crash) loses nothing; the draft is dropped when the form is submitted.
// No inline scripts: the content security policy forbids them.
(function () {
  'use strict';

  var form = document.getElementById('case-submission');
  if (!form || !window.localStorage) {
    return;
  }
  var status = document.getElementById('draft-status');
  var key = form.getAttribute('data-draft-key');
  var launchedAccession = form.elements.accession ? form.elements.accession.value : '';

  function read() {
    try {
      return JSON.parse(window.localStorage.getItem(key) || 'null');
    } catch (e) {
      return null;
    }
  }

  // The program's own fields (named custom.<code>): text as typed, choices as the values ticked.
  function customFields() {
    return Array.prototype.filter.call(form.elements, function (element) {
      return element.name && element.name.indexOf('custom.') === 0;
    });
  }

  function customAnswers() {
    var answers = {};
    customFields().forEach(function (element) {
      var values = answers[element.name] || (answers[element.name] = []);
      if (element.type === 'checkbox' || element.type === 'radio') {
        if (element.checked) {
          values.push(element.value);
        }
      } else {
        values.push(element.value);
      }
    });
    return answers;
  }

  function restoreCustom(answers) {
    customFields().forEach(function (element) {
      var values = answers[element.name] || [];
      if (element.type === 'checkbox' || element.type === 'radio') {
        element.checked = values.indexOf(element.value) >= 0;
      } else {
        element.value = values[0] || '';
      }
    });
  }

  function save() {
    var categories = [];
    Array.prototype.forEach.call(form.querySelectorAll('input[name="categories"]:checked'), function (box) {
      categories.push(box.value);
    });
    var draft = {
      accession: form.elements.accession.value,
      source: form.elements.source.value,
      note: form.elements.note.value,
      categories: categories,
      named: form.querySelector('input[name="named"][type="checkbox"]').checked,
      custom: customAnswers()
    };
    window.localStorage.setItem(key, JSON.stringify(draft));
    if (status) {
      status.textContent = status.getAttribute('data-saved') || '';
    }
  }

  // A draft is restored only for the same exam (or when the form came without one), and never
  // over what the server sent back after a failed submission.
  var draft = read();
  var serverFilled = form.elements.note.value !== '' || form.querySelector('[aria-invalid="true"]');
  if (draft && !serverFilled && (!launchedAccession || draft.accession === launchedAccession)) {
    form.elements.accession.value = draft.accession || launchedAccession;
    if (draft.source) {
      form.elements.source.value = draft.source;
    }
    form.elements.note.value = draft.note || '';
    Array.prototype.forEach.call(form.querySelectorAll('input[name="categories"]'), function (box) {
      box.checked = (draft.categories || []).indexOf(box.value) >= 0;
    });
    form.querySelector('input[name="named"][type="checkbox"]').checked = !!draft.named;
    restoreCustom(draft.custom || {});
    if (status) {
      status.textContent = status.getAttribute('data-restored') || '';
    }
  }

  form.addEventListener('input', save);
  form.addEventListener('change', save);
  form.addEventListener('submit', function () {
    window.localStorage.removeItem(key);
  });
})();
