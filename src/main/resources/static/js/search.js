// The header search box as a combobox: names suggested as one types (GET /search/suggest), chosen with the arrows
// and Enter, a click or a tap; Escape closes the list. Without this script the box is a plain form to /search.
(function () {
  'use strict';

  var DELAY = 200;

  function init(input) {
    var url = input.getAttribute('data-suggest');
    if (!url) {
      return;
    }
    var form = input.form;
    var list = document.createElement('ul');
    list.id = input.id + '-list';
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.getAttribute('data-suggest-label') || '');
    list.hidden = true;
    form.appendChild(list);
    form.classList.add('has-suggestions');

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);

    var items = [];
    var active = -1;
    var timer = null;
    var pending = null;
    var lastQuery = null;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      items.forEach(function (item, i) {
        var option = list.children[i];
        option.setAttribute('aria-selected', i === index ? 'true' : 'false');
        option.classList.toggle('active', i === index);
      });
      active = index;
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', list.children[index].id);
        list.children[index].scrollIntoView({block: 'nearest'});
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function go(index) {
      var item = items[index];
      if (item && item.href) {
        window.location.assign(item.href);
      }
    }

    function show(suggestions) {
      items = suggestions;
      list.textContent = '';
      suggestions.forEach(function (s, i) {
        var option = document.createElement('li');
        option.id = list.id + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        var label = document.createElement('span');
        label.className = 'suggestion-label';
        label.textContent = s.label;
        option.appendChild(label);
        if (s.match && s.match !== s.label) {
          var match = document.createElement('span');
          match.className = 'suggestion-match';
          match.textContent = s.match;
          option.appendChild(match);
        }
        var type = document.createElement('span');
        type.className = 'suggestion-type';
        type.textContent = s.type;
        option.appendChild(type);
        // mousedown, not click: the input would lose focus (and close the list) before a click lands
        option.addEventListener('mousedown', function (e) {
          e.preventDefault();
          go(i);
        });
        list.appendChild(option);
      });
      active = -1;
      var open = suggestions.length > 0;
      list.hidden = !open;
      input.setAttribute('aria-expanded', open ? 'true' : 'false');
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q === lastQuery) {
        return;
      }
      lastQuery = q;
      if (pending) {
        pending.abort();
      }
      if (!q) {
        show([]);
        return;
      }
      pending = new AbortController();
      fetch(url + '?q=' + encodeURIComponent(q), {headers: {Accept: 'application/json'}, signal: pending.signal})
        .then(function (r) {
          return r.ok ? r.json() : [];
        })
        .then(function (suggestions) {
          if (input.value.trim() === q) {
            show(Array.isArray(suggestions) ? suggestions : []);
          }
        })
        .catch(function () { /* aborted or offline: the form still works */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY);
    });

    input.addEventListener('keydown', function (e) {
      var open = !list.hidden && items.length > 0;
      if (e.key === 'ArrowDown') {
        if (!open) {
          lastQuery = null;
          fetchSuggestions();
          return;
        }
        e.preventDefault();
        highlight((active + 1) % items.length);
      } else if (e.key === 'ArrowUp' && open) {
        e.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (e.key === 'Enter' && open && active >= 0) {
        e.preventDefault();
        go(active);
      } else if (e.key === 'Escape' && open) {
        e.preventDefault();
        close();
      }
    });

    input.addEventListener('blur', close);
  }

  function start() {
    var input = document.getElementById('site-search');
    if (input) {
      init(input);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
