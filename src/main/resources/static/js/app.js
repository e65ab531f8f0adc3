// Small behaviours shared by every page. No inline scripts: the content security policy forbids them.
(function () {
  'use strict';

  // htmx requests carry the CSRF token read from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && token.content) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // A request refused for want of a session (401, 403 for its CSRF token) or sent on to the
  // sign-in page swaps nothing into the page; an element marked data-signed-out shows its message
  // in the request's target instead.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    var source = (event.detail.requestConfig && event.detail.requestConfig.elt) || event.detail.elt;
    var holder = source && source.closest && source.closest('[data-signed-out]');
    var message = holder && holder.getAttribute('data-signed-out');
    var signedOut = xhr && (xhr.status === 401 || xhr.status === 403
        || (xhr.responseURL && /\/login$/.test(new URL(xhr.responseURL).pathname)));
    if (message && signedOut) {
      event.detail.shouldSwap = false;
      var target = event.detail.target;
      if (target) {
        var note = document.createElement('span');
        note.className = 'error';
        note.textContent = message;
        target.replaceChildren(note);
      }
    }
  });

  // A select marked data-autosubmit submits its form on change; its button stays for keyboard
  // and no-script use.
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.matches && target.matches('select[data-autosubmit]') && target.form) {
      target.form.requestSubmit ? target.form.requestSubmit() : target.form.submit();
    }
  });
})();
