// The media library's small helpers: copy an image's Markdown with one button, and say at once
// when a chosen file is larger than the blog takes, instead of after sending it.
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button.copy');
    if (!button) { return; }
    var field = document.getElementById(button.getAttribute('data-copy'));
    field.select();
    var done = function () { button.textContent = 'Copied'; };
    if (navigator.clipboard) {
      navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
    } else {
      document.execCommand('copy');
      done();
    }
  });

  document.addEventListener('change', function (event) {
    var input = event.target;
    var form = input.closest && input.closest('form[data-max-bytes]');
    if (!form || input.type !== 'file' || !input.files.length) { return; }
    var max = Number(form.getAttribute('data-max-bytes'));
    var tooLarge = input.files[0].size > max;
    input.setCustomValidity(tooLarge ? 'This file is larger than the blog takes (' + Math.round(max / 1048576) + ' MB).' : '');
    if (tooLarge) { input.reportValidity(); }
  });
})();
