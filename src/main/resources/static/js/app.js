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

  // A select marked data-autosubmit submits its form on change; its button stays for keyboard
  // and no-script use.
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.matches && target.matches('select[data-autosubmit]') && target.form) {
      target.form.requestSubmit ? target.form.requestSubmit() : target.form.submit();
    }
  });
})();
