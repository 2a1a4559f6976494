// Moves the reply form under the comment being answered, and back; without this script the
// Reply links reload the page with the form in the same place.
(function () {
  'use strict';

  function form() { return document.getElementById('respond'); }

  function replyTo(link) {
    var respond = form();
    var comment = link.closest('li.comment');
    if (!respond || !comment) { return false; }
    comment.querySelector(':scope > article').after(respond);
    document.getElementById('comment-parent').value = link.getAttribute('data-comment-id');
    document.getElementById('cancel-comment-reply-link').hidden = false;
    document.getElementById('comment').focus();
    return true;
  }

  function cancelReply() {
    var respond = form();
    var home = document.getElementById('respond-home');
    if (!respond || !home) { return false; }
    home.appendChild(respond);
    document.getElementById('comment-parent').value = '';
    document.getElementById('cancel-comment-reply-link').hidden = true;
    return true;
  }

  document.addEventListener('click', function (event) {
    var reply = event.target.closest('.comment-reply-link');
    if (reply && replyTo(reply)) {
      event.preventDefault();
      return;
    }
    var cancel = event.target.closest('#cancel-comment-reply-link');
    if (cancel && cancelReply()) {
      event.preventDefault();
    }
  });
})();
