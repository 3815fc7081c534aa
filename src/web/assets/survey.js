// Verbind, the public survey: a filter box for the municipality picker, "whole zone" ticks its
// municipalities, and the picker shows only when question 5's answer places the initiative in
// municipalities. Progressive enhancement only: without this script every municipality stays
// listed (folded per province), with a hint saying when to answer, and the form works the same.
(function () {
  var picker = document.getElementById('municipalities');
  if (!picker || !picker.classList.contains('picker')) return;
  picker.classList.add('js');
  var wanted = (picker.getAttribute('data-picker-for') || '').split(' ');

  function sync() {
    var chosen = document.querySelector('input[name=location_level]:checked');
    var ticked = picker.querySelector('input[name=municipalities]:checked');
    // Never hide what is ticked or in error: the person must be able to see and change it.
    picker.hidden = !(chosen && wanted.indexOf(chosen.value) >= 0) && !ticked && !picker.classList.contains('has-error');
  }
  document.querySelectorAll('input[name=location_level]').forEach(function (r) { r.addEventListener('change', sync); });
  sync();

  picker.addEventListener('change', function (event) {
    var box = event.target;
    if (!(box instanceof HTMLInputElement) || box.name !== 'municipalities') return;
    var zone = box.closest('.picker-zone');
    if (!zone) return;
    var whole = zone.querySelector('.picker-whole input');
    if (box === whole) zone.querySelectorAll('li:not(.picker-whole) input').forEach(function (m) { m.checked = whole.checked; });
    else if (whole && !box.checked) whole.checked = false;
  });

  var filter = picker.querySelector('.picker-filter');
  var input = document.getElementById('municipality-filter');
  var status = document.getElementById('picker-no-match');
  if (!filter || !input || !status) return;
  filter.hidden = false;
  var provinces = Array.prototype.slice.call(picker.querySelectorAll('.picker-province'));
  var openBefore = null;
  function norm(s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  input.addEventListener('keydown', function (event) { if (event.key === 'Enter') event.preventDefault(); });
  input.addEventListener('input', function () {
    var q = norm(input.value.trim());
    if (q && !openBefore) openBefore = provinces.map(function (d) { return d.open; });
    var found = 0;
    provinces.forEach(function (d, i) {
      var hits = 0;
      d.querySelectorAll('.picker-zone').forEach(function (z) {
        var zoneHit = q && norm(z.querySelector('legend').textContent).indexOf(q) >= 0;
        var zoneHits = 0;
        z.querySelectorAll('li').forEach(function (li) {
          var show = !q || zoneHit || norm(li.textContent).indexOf(q) >= 0;
          li.hidden = !show;
          if (show) zoneHits++;
        });
        z.hidden = zoneHits === 0;
        hits += zoneHits;
      });
      d.hidden = hits === 0;
      if (q) d.open = hits > 0;
      else if (openBefore) d.open = openBefore[i];
      found += hits;
    });
    if (!q) openBefore = null;
    status.textContent = q && !found ? status.getAttribute('data-text') : '';
  });
})();
