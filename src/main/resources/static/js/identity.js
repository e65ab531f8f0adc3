// Profile page: copy a just-created API token to the clipboard. The button stays hidden without
// script (the token can still be selected and copied by hand). Listens on the document so it also
// works after htmx swaps the tokens section.
(function () {
  'use strict';

  function reveal(root) {
    if (navigator.clipboard) {
      root.querySelectorAll('button[data-copy][hidden]').forEach(function (button) {
        button.hidden = false;
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () { reveal(document); });
  document.addEventListener('htmx:afterSwap', function () { reveal(document); });

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[data-copy]');
    if (!button) {
      return;
    }
    var field = document.querySelector(button.getAttribute('data-copy'));
    if (!field) {
      return;
    }
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = button.getAttribute('data-copied');
    });
  });
})();
