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
  // Only one of this site's own pages (the server checks the same): anything else could send
  // the fresh session to another site.
  const next = params.get('next');
  const ownPage = /^\/staff\/(?:[a-z0-9][a-z0-9_-]*\/)*[a-z0-9][a-z0-9_-]*\.xhtml$/;
  document.getElementById('next').value =
      next !== null && next.length <= 200 && (next === '/password.html' || ownPage.test(next))
          ? next : '/staff/index.xhtml';
})();
