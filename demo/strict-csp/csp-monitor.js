// Counts every Content-Security-Policy violation on the page (Trusted Types ones included) and shows
// the count. A classic script loaded first in the head, so it sees violations from the first byte.
(function () {
  'use strict';
  var violations = [];
  window.cspViolations = violations;

  function show() {
    var count = document.getElementById('csp-count');
    var log = document.getElementById('csp-log');
    var none = document.getElementById('csp-none');
    var label = document.getElementById('csp-label');
    if (!count || !log) return;
    count.textContent = String(violations.length);
    count.setAttribute('data-count', String(violations.length));
    label.textContent = violations.length === 1 ? 'CSP violation on this page' : 'CSP violations on this page';
    document.body.classList.toggle('has-violations', violations.length > 0);
    none.hidden = violations.length > 0;
    while (log.children.length < violations.length) {
      var v = violations[log.children.length];
      var item = document.createElement('li');
      item.textContent =
        v.effectiveDirective + ' blocked ' + (v.blockedURI || '(inline)') + (v.sample ? ': ' + v.sample : '');
      log.append(item);
    }
  }

  document.addEventListener('securitypolicyviolation', function (event) {
    violations.push({
      effectiveDirective: event.effectiveDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      sourceFile: event.sourceFile,
      lineNumber: event.lineNumber,
    });
    show();
  });
  document.addEventListener('DOMContentLoaded', show);
})();
