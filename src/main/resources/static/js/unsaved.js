// Unsaved edits are not lost without a word. A form marked data-unsaved-guard (an edit form)
// becomes "changed" when anything in it is typed or chosen (the rich-text editor reports its
// changes as input events on its textarea). While it is changed, submitting any other form of the
// page (公開する, 非公開にする, 審査を依頼する, 差し戻す, 予約を保存する, ...) or following a link marked
// data-unsaved-check first opens the dialog of the admin layout (#unsaved-dialog, a modal <dialog>
// with its texts from the messages): 「戻って保存する」 (the default; focus goes to the form's save
// button) or 「保存せずに続ける」. Submitting the edit form itself never asks. Without JavaScript
// the review panel's hint says to save first.
(() => {
  const guarded = Array.from(document.querySelectorAll('form[data-unsaved-guard]'));
  const dialog = document.getElementById('unsaved-dialog');
  if (guarded.length === 0 || !dialog || typeof dialog.showModal !== 'function') return;

  const changed = new Set();
  guarded.forEach((form) => {
    const mark = (e) => {
      if (e.target && e.target.closest('[data-unsaved-ignore]')) return;
      changed.add(form);
      form.setAttribute('data-unsaved', 'true');
    };
    form.addEventListener('input', mark);
    form.addEventListener('change', mark);
    form.addEventListener('submit', () => changed.delete(form));
  });

  const action = dialog.querySelector('[data-unsaved-action]');
  const back = dialog.querySelector('[data-unsaved-back]');
  const proceed = dialog.querySelector('[data-unsaved-proceed]');
  let onProceed = null;
  let opener = null;

  const ask = (name, from, then) => {
    action.textContent = name;
    onProceed = then;
    opener = from;
    dialog.showModal();
    back.focus();
  };
  back.addEventListener('click', () => {
    dialog.close();
    const form = changed.values().next().value || guarded[0];
    const save = form.querySelector('button[type="submit"], button:not([type])');
    (save || form).focus();
    if (save) save.scrollIntoView({ block: 'center' });
  });
  proceed.addEventListener('click', () => {
    dialog.close();
    const then = onProceed;
    onProceed = null;
    changed.clear();
    if (then) then();
  });
  dialog.addEventListener('cancel', () => {
    onProceed = null;
    if (opener) opener.focus();
  });

  const nameOf = (el) => (el ? (el.textContent || el.value || '').trim() : '');

  document.addEventListener(
    'submit',
    (e) => {
      const form = e.target;
      if (changed.size === 0 || guarded.includes(form)) return;
      if (form.hasAttribute('data-unsaved-ignore')) return;
      e.preventDefault();
      const submitter = e.submitter || form.querySelector('button[type="submit"], button:not([type])');
      ask(nameOf(submitter), submitter, () => {
        if (submitter && submitter.form === form) form.requestSubmit(submitter);
        else form.requestSubmit();
      });
    },
    true,
  );

  document.addEventListener(
    'click',
    (e) => {
      const link = e.target.closest('a[data-unsaved-check]');
      if (!link || changed.size === 0) return;
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      ask(nameOf(link), link, () => {
        window.location.href = link.href;
      });
    },
    true,
  );
})();
