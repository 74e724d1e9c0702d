// The customers' tracking page: asks GET /api/public/track and shows what it answers. Only
// textContent is ever set from the answer, so nothing in it can become markup.
(function () {
  const words = {
    RECEIVED: 'Order received', QUEUED: 'Being prepared', PRINTED: 'Letter printed', PACKED: 'Letter packed',
    POSTED: 'Handed to the post', DELIVERED: 'Delivered', RETURNED: 'Returned to us', LOST: 'Lost in the post',
    CANCELLED: 'Cancelled', ACCEPTED: 'Accepted by the post', IN_TRANSIT: 'In transit',
    ARRIVED_IN_DESTINATION: 'Arrived in your country', HELD_AT_CUSTOMS: 'At customs',
    OUT_FOR_DELIVERY: 'Out for delivery', DELIVERY_FAILED: 'Delivery attempted', RETURNED_TO_SENDER: 'On its way back to us'
  };
  const form = document.getElementById('lookup');
  const message = document.getElementById('message');
  const result = document.getElementById('result');

  function show(element, text) {
    element.textContent = text;
    element.hidden = !text;
  }

  function when(iso) {
    return new Date(iso).toLocaleString();
  }

  function render(t) {
    show(document.getElementById('status'), words[t.status] || t.status);
    show(document.getElementById('window'), t.expectedDelivery
      ? 'Expected between ' + t.expectedDelivery.earliest + ' and ' + t.expectedDelivery.latest + '.' : '');
    show(document.getElementById('emailed'), t.codeEmailed
      ? 'Your activation code was emailed to you on ' + when(t.codeEmailedAt) + '.' : '');
    show(document.getElementById('replaced'), t.replacedBy
      ? 'We sent you a replacement: order ' + t.replacedBy + '.' : '');
    const carrier = document.getElementById('carrier');
    carrier.hidden = !t.carrierUrl;
    if (t.carrierUrl) {
      document.getElementById('carrier-link').href = t.carrierUrl;
    }
    const list = document.getElementById('timeline');
    list.replaceChildren();
    t.timeline.forEach(function (step) {
      const item = document.createElement('li');
      item.textContent = when(step.at) + ': ' + (words[step.status] || step.status);
      list.appendChild(item);
    });
    result.hidden = false;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    message.hidden = true;
    result.hidden = true;
    const query = new URLSearchParams({
      order: document.getElementById('order').value.trim().toUpperCase(),
      postcode: document.getElementById('postcode').value.trim()
    });
    fetch('/api/public/track?' + query.toString(), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (response.ok) {
          return response.json().then(render);
        }
        message.className = 'message error';
        show(message, response.status === 429
          ? 'Too many lookups; please wait a minute and try again.'
          : 'No order matches this number and postcode (or line digits). Please check both.');
      })
      .catch(function () {
        message.className = 'message error';
        show(message, 'The tracking service cannot be reached just now.');
      });
  });
})();
