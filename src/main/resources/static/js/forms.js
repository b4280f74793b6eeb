// Progressive enhancement shared by every form page: after a failed submit the server renders an
// error summary marked data-autofocus; moving focus there lets keyboard and screen-reader users
// hear the list of problems first (the summary's links lead to each field).
(() => {
  const summary = document.querySelector('.error-summary[data-autofocus]');
  if (summary) summary.focus();
})();

// Password fields: the 「パスワードを表示」 toggle (fragments/form :: password). Hidden in the markup, so
// it appears only where it works; pressed, the field shows its text (aria-pressed tells the state).
(() => {
  document.querySelectorAll('button[data-password-toggle]').forEach((button) => {
    const input = document.getElementById(button.dataset.passwordToggle);
    if (!input) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      const show = input.type === 'password';
      input.type = show ? 'text' : 'password';
      button.setAttribute('aria-pressed', show ? 'true' : 'false');
    });
  });
  // a masked field is sent masked: never leave a password readable in the page after submit
  document.querySelectorAll('form').forEach((form) => {
    form.addEventListener('submit', () => {
      form.querySelectorAll('button[data-password-toggle][aria-pressed="true"]').forEach((b) => {
        const input = document.getElementById(b.dataset.passwordToggle);
        if (input) input.type = 'password';
        b.setAttribute('aria-pressed', 'false');
      });
    });
  });
})();
