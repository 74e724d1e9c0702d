// Shows the outcome of the last attempt and keeps where the person was going.
(function () {
  const params = new URLSearchParams(window.location.search);
  const message = document.getElementById('message');
  if (params.has('error')) {
    message.textContent = params.get('error');
    message.className = 'message error';
    message.hidden = false;
  } else if (params.has('loggedOut')) {
    message.textContent = 'You have logged out.';
    message.className = 'message info';
    message.hidden = false;
  }
  document.getElementById('next').value = params.get('next') || '/staff/index.xhtml';
})();
