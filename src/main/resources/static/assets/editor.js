// The writer's editor: a live preview from the server's own renderer, autosave of drafts every
// 30 seconds and on leaving, tag suggestions, and a warning before leaving with unsaved changes.
// Without this script the editor still works: Preview and Save post the form.
(function () {
  'use strict';

  var form = document.getElementById('editor');
  var bulk = document.getElementById('bulk');

  if (bulk) {
    bulk.addEventListener('submit', function (event) {
      var action = bulk.querySelector('#bulk-action');
      if (action && action.value === 'delete'
          && !window.confirm('Delete the ticked items for good? Their comments and revisions go too; this cannot be undone.')) {
        event.preventDefault();
      }
    });
  }
  if (!form) { return; }

  var token = form.querySelector('input[name="_csrf"]');
  var markdown = document.getElementById('markdown');
  var title = document.getElementById('title');
  var status = document.getElementById('autosave-status');
  var version = document.getElementById('version');
  var changed = {};
  var typedSinceAutosave = false;

  function post(url, data) {
    return fetch(url, { method: 'POST', body: data, credentials: 'same-origin',
      headers: { 'Accept': 'application/json, text/html' } });
  }

  // Live preview: what readers will see, rendered by the server a moment after typing stops
  var previewBox = document.getElementById('live-preview');
  var previewTimer = null;
  function preview() {
    var data = new FormData();
    data.append('_csrf', token.value);
    data.append('markdown', markdown.value);
    post(form.getAttribute('data-preview'), data).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (html !== null) {
        previewBox.innerHTML = html;
        previewBox.closest('section').hidden = false;
      }
    }).catch(function () { /* the Preview button still works */ });
  }

  form.addEventListener('input', function (event) {
    if (event.target.name) { changed[event.target.name] = true; }
    if (event.target === markdown || event.target === title) { typedSinceAutosave = true; }
    if (event.target === markdown) {
      clearTimeout(previewTimer);
      previewTimer = setTimeout(preview, 600);
    }
  });
  form.addEventListener('change', function (event) {
    if (event.target.name) { changed[event.target.name] = true; }
  });
  if (markdown.value.trim() !== '') { preview(); }

  // Autosave of drafts
  function autosave() {
    var url = form.getAttribute('data-autosave');
    if (!url || !typedSinceAutosave || title.value.trim() === '') { return; }
    typedSinceAutosave = false;
    post(url, new FormData(form)).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (answer) {
      if (!answer.ok) {
        status.textContent = answer.body.message;
        return;
      }
      version.value = answer.body.version;
      if (form.getAttribute('action').slice(-4) === '/new') {
        var base = answer.body.editUrl.replace(/\/edit$/, '');
        form.setAttribute('action', answer.body.editUrl);
        form.setAttribute('data-autosave', base + '/autosave');
        document.getElementById('preview').setAttribute('formaction', base + '/preview');
        window.history.replaceState(null, '', answer.body.editUrl);
      }
      delete changed.title;
      delete changed.markdown;
      status.textContent = answer.body.savedAt;
    }).catch(function () {
      status.textContent = 'Not autosaved: the blog could not be reached. Your text is still here.';
    });
  }
  setInterval(autosave, 30000);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') { autosave(); }
  });

  // Warn before leaving with changes not saved
  form.addEventListener('submit', function () { changed = {}; typedSinceAutosave = false; });
  window.addEventListener('beforeunload', function (event) {
    if (Object.keys(changed).length > 0) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // Tag suggestions: the tags on the blog that start like the tag being typed
  var tags = document.getElementById('tags');
  var list = document.getElementById('tag-suggestions');
  if (tags && list) {
    tags.addEventListener('input', function () {
      var parts = tags.value.split(',');
      var typing = parts.pop().trim();
      var before = parts.map(function (p) { return p.trim(); }).filter(Boolean);
      if (typing === '') { list.innerHTML = ''; return; }
      fetch(tags.getAttribute('data-suggest') + '?q=' + encodeURIComponent(typing), {
        credentials: 'same-origin', headers: { 'Accept': 'application/json' }
      }).then(function (response) { return response.ok ? response.json() : []; }).then(function (names) {
        list.innerHTML = '';
        names.forEach(function (name) {
          var option = document.createElement('option');
          option.value = before.concat([name]).join(', ');
          list.appendChild(option);
        });
      }).catch(function () { list.innerHTML = ''; });
    });
  }
})();
