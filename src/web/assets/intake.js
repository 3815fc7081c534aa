// Verbind, import pages: while a long form post runs (upload, import), say so and ignore a second click.
// Progressive enhancement only: the forms work the same without this script.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-busy')) return;
  if (form.getAttribute('data-sent') === '1') { event.preventDefault(); return; }
  form.setAttribute('data-sent', '1');
  var status = form.querySelector('[data-busy-status]');
  if (!status) return;
  var bar = document.createElement('progress'); // no value: "busy", the time it takes is unknown
  status.textContent = '';
  status.appendChild(bar);
  status.appendChild(document.createTextNode(form.getAttribute('data-busy')));
});
// Coming back with the browser's Back button: the form may be sent again.
window.addEventListener('pageshow', function () {
  document.querySelectorAll('form[data-sent]').forEach(function (f) { f.removeAttribute('data-sent'); });
  document.querySelectorAll('[data-busy-status]').forEach(function (s) { s.textContent = ''; });
});
