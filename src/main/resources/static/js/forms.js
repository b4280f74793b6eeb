// Progressive enhancement shared by every form page: after a failed submit the server renders an
// error summary marked data-autofocus; moving focus there lets keyboard and screen-reader users
// hear the list of problems first (the summary's links lead to each field).
(() => {
  const summary = document.querySelector('.error-summary[data-autofocus]');
  if (summary) summary.focus();
})();
