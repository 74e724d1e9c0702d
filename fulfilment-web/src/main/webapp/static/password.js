// Changes the password through the API and goes on to the start page.
document.getElementById('change').addEventListener('submit', async (event) => {
  event.preventDefault();
  const response = await fetch('/api/me/password', {
    method: 'PUT',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({currentPassword: document.getElementById('current').value,
                          newPassword: document.getElementById('new').value})
  });
  if (response.ok) {
    window.location = '/staff/index.xhtml';
    return;
  }
  const problem = await response.json().catch(() => ({detail: 'The password could not be changed'}));
  const message = document.getElementById('message');
  message.textContent = problem.detail;
  message.className = 'message error';
  message.hidden = false;
});
