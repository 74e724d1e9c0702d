// The customers' tracking page: asks GET /api/public/track and shows what it answers, in the
// reader's language. The server picks the language (the switch's choice, else Accept-Language)
// and hands over its texts; the page writes dates itself, in the reader's locale. Switching
// language re-draws the answer already shown: no new lookup. Only textContent (and attributes
// built here) is ever set from an answer, so nothing in it can become markup.
(function () {
  const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'ja', 'es'];
  const STORED = 'renewalpost.track.language';
  const form = document.getElementById('lookup');
  const message = document.getElementById('message');
  const result = document.getElementById('result');
  const orderField = document.getElementById('order');
  const postcodeField = document.getElementById('postcode');

  let language = null;   // the tag the texts are in
  let texts = null;      // key -> text
  let shown = null;      // the answer on screen, to draw again in another language
  let shownMessage = null;
  let textsRequest = 0;

  // the English in the page shows only if the reader's language cannot be loaded
  document.documentElement.classList.add('texts-pending');
  let focusOnShow = null;
  const reveal = setTimeout(uncover, 1500);

  function uncover() {
    clearTimeout(reveal);
    document.documentElement.classList.remove('texts-pending');
    // a hidden field cannot take the focus: it is given once the page shows
    if (focusOnShow) {
      focusOnShow.focus();
      focusOnShow = null;
    }
  }

  function chosen() {
    const asked = new URLSearchParams(location.search).get('lang');
    if (LANGUAGES.indexOf(asked) >= 0) {
      return asked;
    }
    try {
      const stored = localStorage.getItem(STORED);
      return LANGUAGES.indexOf(stored) >= 0 ? stored : null;
    } catch (unavailable) {
      return null;
    }
  }

  // what the reader sees when not even the texts could be loaded
  const FALLBACK = {
    'message.notFound': 'No order matches this number and postcode (or line digits). Please check both.',
    'message.tooMany': 'Too many lookups; please wait a minute and try again.',
    'message.unreachable': 'The tracking service cannot be reached just now. Please try again later.'
  };

  function text(key, values) {
    let t = (texts && texts[key]) || FALLBACK[key] || key;
    Object.keys(values || {}).forEach(function (name) {
      t = t.split('{' + name + '}').join(values[name]);
    });
    return t;
  }

  function loadTexts(tag) {
    const request = ++textsRequest;
    const query = tag ? '?lang=' + encodeURIComponent(tag) : '';
    return fetch('/api/public/track/texts' + query, { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('texts ' + response.status);
        }
        return response.json();
      })
      .then(function (answer) {
        if (request === textsRequest) {
          language = answer.language;
          texts = answer.texts;
          applyTexts();
        }
      });
  }

  function applyTexts() {
    document.documentElement.lang = language;
    document.title = text('page.title');
    document.querySelectorAll('[data-text]').forEach(function (element) {
      element.textContent = text(element.getAttribute('data-text'));
    });
    document.querySelectorAll('[data-text-label]').forEach(function (element) {
      element.setAttribute('aria-label', text(element.getAttribute('data-text-label')));
    });
    document.querySelectorAll('#languages a').forEach(function (link) {
      if (link.getAttribute('data-lang') === language) {
        link.setAttribute('aria-current', 'true');
      } else {
        link.removeAttribute('aria-current');
      }
    });
    if (shown) {
      render(shown);
    }
    if (shownMessage) {
      say(shownMessage);
    }
    uncover();
  }

  // ---- dates: one style throughout, in the reader's own variant of the page's language ----

  function script(tag) {
    const parts = tag.toLowerCase().split('-');
    if (parts.indexOf('hant') >= 0 || (parts.indexOf('hans') < 0
        && (parts.indexOf('tw') >= 0 || parts.indexOf('hk') >= 0 || parts.indexOf('mo') >= 0))) {
      return 'hant';
    }
    return 'hans';
  }

  function dateLocale() {
    const base = language.split('-')[0];
    const readers = navigator.languages || [navigator.language];
    for (let i = 0; i < readers.length; i++) {
      const reader = readers[i] || '';
      if (reader.split('-')[0].toLowerCase() === base && (base !== 'zh' || script(reader) === script(language))) {
        return reader;
      }
    }
    return language;
  }

  function formatDay(isoDate) {
    // a calendar day, not an instant: formatted as that day wherever the reader is
    const parts = isoDate.split('-').map(Number);
    return new Intl.DateTimeFormat(dateLocale(), { dateStyle: 'long', timeZone: 'UTC' })
      .format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])));
  }

  function formatTime(iso) {
    return new Intl.DateTimeFormat(dateLocale(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  }

  // ---- the answer ----

  function show(element, content) {
    element.textContent = content;
    element.hidden = !content;
  }

  function say(key) {
    shownMessage = key;
    message.className = 'message error';
    show(message, text(key));
  }

  function render(t) {
    show(document.getElementById('result-order'), text('result.order', { order: t.order }));
    // while the letter is on its way, its own news is the news
    const current = t.status === 'POSTED' && t.letterStatus ? t.letterStatus : t.status;
    show(document.getElementById('status'), text('status.' + current));
    show(document.getElementById('window'), t.expectedDelivery ? text('result.window',
      { earliest: formatDay(t.expectedDelivery.earliest), latest: formatDay(t.expectedDelivery.latest) }) : '');
    show(document.getElementById('tracking-number'), t.trackingNumber
      ? text('result.trackingNumber', { number: t.trackingNumber }) : '');
    show(document.getElementById('emailed'), t.codeEmailed && t.codeEmailedAt
      ? text('result.emailed', { date: formatTime(t.codeEmailedAt) }) : '');
    const replaced = document.getElementById('replaced');
    replaced.hidden = !t.replacedBy;
    if (t.replacedBy) {
      document.getElementById('replaced-text').textContent = text('result.replaced');
      const link = document.getElementById('replaced-link');
      link.textContent = text('result.replacedLink', { order: t.replacedBy });
      link.href = '/track.html?' + new URLSearchParams({ order: t.replacedBy, lang: language }).toString();
      link.setAttribute('data-order', t.replacedBy);
    }
    show(document.getElementById('replaces'), t.replaces ? text('result.replaces', { order: t.replaces }) : '');
    const carrier = document.getElementById('carrier');
    carrier.hidden = !t.carrierUrl;
    if (t.carrierUrl) {
      document.getElementById('carrier-link').href = t.carrierUrl;
    }
    const list = document.getElementById('timeline');
    list.replaceChildren();
    t.timeline.forEach(function (step) {
      const item = document.createElement('li');
      const when = document.createElement('time');
      when.dateTime = step.at;
      when.textContent = formatTime(step.at);
      const what = document.createElement('span');
      what.className = 'step';
      what.textContent = text('status.' + step.status);
      item.append(when, what);
      list.appendChild(item);
    });
    result.hidden = false;
  }

  // on a small screen the answer starts below the form: bring it up, and give it the focus
  function bringIntoView() {
    const heading = document.getElementById('status');
    heading.focus({ preventScroll: true });
    const top = result.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight / 3) {
      const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      result.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    }
  }

  function lookup() {
    message.hidden = true;
    shownMessage = null;
    result.hidden = true;
    shown = null;
    const query = new URLSearchParams({
      order: orderField.value.trim().toUpperCase(),
      postcode: postcodeField.value.trim()
    });
    const ready = texts ? Promise.resolve() : loadTexts(chosen());
    ready.then(function () {
      return fetch('/api/public/track?' + query.toString(), { headers: { Accept: 'application/json' } });
    }).then(function (response) {
      if (response.ok) {
        return response.json().then(function (answer) {
          shown = answer;
          render(answer);
          bringIntoView();
        });
      }
      say(response.status === 429 ? 'message.tooMany' : response.status === 404
        ? 'message.notFound' : 'message.unreachable');
    }).catch(function () {
      say('message.unreachable');
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    lookup();
  });

  // the switch: the choice is remembered in this browser and in the address, and changes the page in place
  document.querySelectorAll('#languages a').forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      const tag = link.getAttribute('data-lang');
      try {
        localStorage.setItem(STORED, tag);
      } catch (unavailable) {
        // private browsing: the address still carries it
      }
      const params = new URLSearchParams(location.search);
      params.set('lang', tag);
      history.replaceState(null, '', '?' + params.toString());
      loadTexts(tag).catch(function () {
        say('message.unreachable');
      });
    });
  });

  // the replacement's journey, with the postcode already given (it goes to the same address)
  document.getElementById('replaced-link').addEventListener('click', function (event) {
    const order = event.currentTarget.getAttribute('data-order');
    if (!order || !postcodeField.value.trim()) {
      return;
    }
    event.preventDefault();
    orderField.value = order;
    const params = new URLSearchParams(location.search);
    params.set('order', order);
    history.replaceState(null, '', '?' + params.toString());
    lookup();
  });

  const asked = new URLSearchParams(location.search).get('order');
  if (asked) {
    orderField.value = asked.trim().toUpperCase();
    focusOnShow = postcodeField;
  }
  loadTexts(chosen()).catch(uncover);
})();
