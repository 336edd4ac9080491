// The annotated article's records panel: activating a mark (click, or Enter on the focused link) shows the cards of
// every record that quotes that piece of text. Everything works without this script; it only adds the panel.
(function () {
  'use strict';
  var panel = document.getElementById('panel');
  var list = document.getElementById('panel-records');
  var heading = document.getElementById('panel-heading');
  var close = document.getElementById('panel-close');
  if (!panel || !list || !heading || !close) {
    return;
  }
  var current = null;

  function show(mark) {
    var ids = (mark.getAttribute('data-r') || '').split(' ').filter(Boolean);
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    ids.forEach(function (id) {
      var card = document.getElementById('r-' + id);
      if (!card) {
        return;
      }
      var copy = card.cloneNode(true);
      copy.removeAttribute('id');
      copy.removeAttribute('aria-labelledby');
      Array.prototype.forEach.call(copy.querySelectorAll('[id]'), function (element) {
        element.removeAttribute('id');
      });
      copy.setAttribute('data-record', id);
      copy.setAttribute('aria-label', card.querySelector('h4').textContent);
      list.appendChild(copy);
    });
    if (current) {
      current.classList.remove('current');
      current.removeAttribute('aria-current');
    }
    current = mark;
    mark.classList.add('current');
    mark.setAttribute('aria-current', 'true');
    heading.textContent = ids.length === 1
      ? 'The record quoting \u201c' + shorten(mark.textContent) + '\u201d'
      : 'The ' + ids.length + ' records quoting \u201c' + shorten(mark.textContent) + '\u201d';
    panel.hidden = false;
    heading.focus({ preventScroll: true });
    if (window.matchMedia('(max-width: 999px)').matches) {
      // On a narrow screen the panel covers the lower half: keep the mark in view above it.
      mark.scrollIntoView({ block: 'start' });
    }
  }

  function shorten(text) {
    text = text.replace(/\s+/g, ' ').trim();
    return text.length > 40 ? text.slice(0, 39) + '\u2026' : text;
  }

  function hide() {
    panel.hidden = true;
    if (current) {
      current.focus();
    }
  }

  document.addEventListener('click', function (event) {
    var mark = event.target.closest ? event.target.closest('a.ev') : null;
    if (mark) {
      event.preventDefault();
      show(mark);
    }
  });
  close.addEventListener('click', hide);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !panel.hidden) {
      hide();
    }
  });
})();
