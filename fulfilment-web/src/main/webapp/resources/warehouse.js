/* The warehouse pages: Enter submits, focus goes where the work is, the scan field keeps it. */
(function () {
  'use strict';

  function byId(id) {
    return document.getElementById(id);
  }

  function focus(element) {
    if (element) {
      element.focus();
      if (element.select && element.tagName === 'INPUT') {
        element.select();
      }
    }
  }

  /* Enter in a text field or a list of a form with data-default-button clicks that button (the
     browser does this for text fields only). Not while an input method composes text: Enter then
     confirms the Japanese or Chinese characters. */
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229) {
      return;
    }
    var target = event.target;
    if (target.dataset && target.dataset.next) {
      /* a scanner's Enter after the first of two codes: on to the second */
      event.preventDefault();
      focus(byId(target.dataset.next));
      return;
    }
    if (target.classList && target.classList.contains('scan-field')) {
      event.preventDefault();
      submitScan(target);
      return;
    }
    var form = target.form;
    if (!form || !form.dataset.defaultButton) {
      return;
    }
    var typing = target.tagName === 'SELECT'
      || (target.tagName === 'INPUT' && !/^(submit|button|checkbox|radio|file|reset)$/.test(target.type));
    if (!typing) {
      return;
    }
    var button = byId(form.dataset.defaultButton);
    if (button && !button.disabled) {
      event.preventDefault();
      button.click();
    }
  }, true);

  /* An input whose message beside it says something is invalid (for assistive technology too). */
  function markProblems() {
    document.querySelectorAll('.field-msg').forEach(function (message) {
      var input = message.previousElementSibling;
      if (input && /^(INPUT|SELECT|TEXTAREA)$/.test(input.tagName)) {
        input.setAttribute('aria-invalid', message.textContent.trim() === '' ? 'false' : 'true');
      }
    });
  }

  /* A scan is sent as it was typed, with its own request (the remote command named by the field's
     data-command), and the field is emptied at once: the next scan can follow before the answer. */
  function submitScan(field) {
    var code = field.value.trim();
    var command = window[field.dataset.command];
    if (code === '' || typeof command !== 'function') {
      return;
    }
    field.value = '';
    command([{name: 'code', value: code}]);
  }

  /* The scan field of a packing or posting station: focused after every page load and update,
     and again when a click elsewhere leaves the focus nowhere. */
  function scanField() {
    return document.querySelector('input.scan-field:not([disabled])');
  }

  function focusScan() {
    var field = scanField();
    if (field && document.activeElement !== field) {
      focus(field);
    }
  }

  document.addEventListener('focusout', function (event) {
    if (event.target.classList && event.target.classList.contains('scan-field')) {
      setTimeout(function () {
        var now = document.activeElement;
        if (!now || now === document.body || now === document.documentElement) {
          focusScan();
        }
      }, 0);
    }
  });

  /* A short low tone when a station refuses a scan: packers do not always look at the screen. */
  function signal() {
    var alarm = document.querySelector('.scan-result[data-signal="refused"]');
    if (!alarm || alarm.dataset.signalled) {
      return;
    }
    alarm.dataset.signalled = 'true';
    try {
      var Audio = window.AudioContext || window.webkitAudioContext;
      var context = new Audio();
      var tone = context.createOscillator();
      var volume = context.createGain();
      tone.type = 'square';
      tone.frequency.value = 220;
      volume.gain.value = 0.15;
      tone.connect(volume);
      volume.connect(context.destination);
      tone.start();
      tone.stop(context.currentTime + 0.35);
    } catch (ignored) {
      /* no sound on this machine: the colour and the words still say it */
    }
  }

  /* An update can ask for the focus elsewhere (data-takes-focus): the packing station's label
     field when a tracked letter waits for the post office's label. Otherwise the scan field. */
  function afterUpdate() {
    markProblems();
    var wanted = document.querySelector('[data-takes-focus="true"]');
    if (wanted) {
      wanted.removeAttribute('data-takes-focus');
      focus(wanted);
      wanted.scrollIntoView({block: 'center'});
    } else {
      focusScan();
    }
    signal();
  }

  document.addEventListener('DOMContentLoaded', afterUpdate);
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', afterUpdate);
  }

  window.RP = {
    focus: function (id) {
      focus(byId(id));
    },
    /* After saving an order: the duplicate warning, else the first problem, else the country of
       the next form. */
    afterEntrySave: function () {
      markProblems();
      var target = byId('entry:duplicates') || byId('entry:general')
        || document.querySelector('#entry [aria-invalid="true"]') || byId('entry:country');
      focus(target);
    },
    focusScan: focusScan,
    /* One click to the print dialog: the PDF (served inline) in a hidden frame of this page, whose
       own print() opens the browser's dialog for the PDF; a browser that cannot print a framed PDF
       gets it in a new tab instead. */
    printDocument: function (button) {
      var url = button.dataset.url;
      var old = byId('print-frame');
      if (old) {
        old.remove();
      }
      var frame = document.createElement('iframe');
      frame.id = 'print-frame';
      frame.className = 'print-frame';
      frame.setAttribute('aria-hidden', 'true');
      frame.setAttribute('tabindex', '-1');
      frame.dataset.kind = button.dataset.kind;
      frame.addEventListener('load', function () {
        try {
          frame.contentWindow.focus();
          frame.contentWindow.print();
          frame.dataset.printed = 'true';
        } catch (blocked) {
          window.open(url, '_blank', 'noopener');
        }
      });
      frame.src = url;
      document.body.appendChild(frame);
    },
    submitScan: function (id) {
      var field = byId(id);
      if (field) {
        submitScan(field);
        focus(field);
      }
    }
  };
})();
