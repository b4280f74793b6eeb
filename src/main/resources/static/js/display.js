/*
 * display.js: progressive enhancement of the page shell.
 * Loaded in <head> without defer, so <html class="js"> is set before the first paint (the phone
 * menu is folded from the start); everything else waits for the document. No inline handlers (CSP).
 * Without JS everything still works: the display switch is a form with 「変更」, the display
 * settings are a <details> disclosure, and the main menu is always shown.
 *
 * - The display switch (文字サイズ・背景色): a choice applies at once and is stored with fetch.
 * - The display settings disclosure: Escape closes it (focus back on its summary); while it lies
 *   folded down over the page, so does moving the focus out of it or clicking outside it.
 * - The menu button (phones): shows and hides the main menu (aria-expanded); Escape closes it and
 *   returns the focus to the button.
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

  const enhanceDisplaySwitch = () => {
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
  };

  // Whether an element is laid out (the menu button is hidden from 48rem on).
  const shown = (element) => element.getClientRects().length > 0;

  const enhanceDisclosures = () => {
    const settings = Array.from(document.querySelectorAll('details.display-settings'));
    const button = document.querySelector('.menu-button[aria-controls]');
    const menu = button && document.getElementById(button.getAttribute('aria-controls'));

    const closeSettings = (details, focus) => {
      if (!details.open) return;
      details.open = false;
      if (focus) details.querySelector('summary').focus();
    };

    const setMenu = (open) => {
      if (!menu) return;
      button.setAttribute('aria-expanded', String(open));
      if (open) menu.dataset.open = '';
      else delete menu.dataset.open;
    };

    if (menu) {
      setMenu(false);
      button.addEventListener('click', () => {
        const open = button.getAttribute('aria-expanded') !== 'true';
        setMenu(open);
        if (open) settings.forEach((details) => closeSettings(details, false));
      });
    }

    settings.forEach((details) => {
      details.addEventListener('toggle', () => {
        if (details.open && menu && shown(button)) setMenu(false);
      });
    });

    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const focused = document.activeElement;
      for (const details of settings) {
        if (details.open && details.contains(focused)) {
          closeSettings(details, true);
          event.preventDefault();
          return;
        }
      }
      if (menu && button.getAttribute('aria-expanded') === 'true' && shown(button)
          && (menu.contains(focused) || button === focused)) {
        setMenu(false);
        button.focus();
        event.preventDefault();
      }
    });

    // Tabbing out of, or clicking outside, a folded-down settings panel closes it (it covers the page).
    settings.forEach((details) => {
      details.addEventListener('focusout', (event) => {
        const next = event.relatedTarget;
        if (details.open && next instanceof Node && !details.contains(next)
            && shown(details.querySelector('summary'))) {
          closeSettings(details, false);
        }
      });
    });
    document.addEventListener('click', (event) => {
      settings.forEach((details) => {
        const summary = details.querySelector('summary');
        if (details.open && shown(summary) && !details.contains(event.target)) {
          closeSettings(details, false);
        }
      });
    });
  };

  const start = () => {
    enhanceDisplaySwitch();
    enhanceDisclosures();
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
