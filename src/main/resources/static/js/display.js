/*
 * display.js: progressive enhancement for the display switch (文字サイズ・配色).
 * Loaded with <script src="/js/display.js" defer>. No inline handlers (CSP).
 * Without JS the form still works: the user picks and presses 「変更」.
 */
(() => {
  'use strict';

  const root = document.documentElement;
  root.classList.add('js');

  // radio name -> <html data-*> key; the announcement wording comes from the server's messages
  // (data-announce-text / data-announce-color on the form, with {0} for the chosen label)
  const SETTINGS = new Map([
    ['text', { key: 'textSize', announce: 'announceText' }],
    ['color', { key: 'colorScheme', announce: 'announceColor' }],
  ]);

  const textOf = (node) => (node ? node.textContent.replace(/\s+/g, ' ').trim() : '');

  const announce = (form, message) => {
    const status = form.querySelector('.display-switch__status');
    if (!status) return;
    status.textContent = ''; // clear first so a repeated message is read again
    window.setTimeout(() => { status.textContent = message; }, 100);
  };

  const persist = (form) => {
    const query = new URLSearchParams(new FormData(form));
    fetch(form.action + '?' + query, {
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'fetch' },
    })
      .then((response) => {
        if (!response.ok) throw new Error('HTTP ' + response.status);
      })
      .catch(() => form.submit());
  };

  document.querySelectorAll('.display-switch__form').forEach((form) => {
    form.addEventListener('change', (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'radio' || !input.checked) return;
      const setting = SETTINGS.get(input.name);
      if (!setting) return;

      root.dataset[setting.key] = input.value;

      // Keep any other display switch on the page (e.g. in the footer) in step.
      document.querySelectorAll('.display-switch__form input[type="radio"]').forEach((other) => {
        if (other.name === input.name && other.value === input.value) other.checked = true;
      });

      const choice = textOf(input.labels && input.labels[0]) || input.value;
      const template = form.dataset[setting.announce];
      if (template) announce(form, template.replace('{0}', choice));
      persist(form);
    });
  });
})();
