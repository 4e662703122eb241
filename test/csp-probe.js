// Loaded first by the strict-CSP test page: records every CSP violation and
// uncaught error so the test in the parent frame can assert there were none.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
});
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
