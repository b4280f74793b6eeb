// The staff's rich-text editor (fragments/rich-text :: richText). Progressive enhancement: without this
// script the field is a textarea (plain text, or HTML for formatted text) and saving works the
// same. With it, the textarea is hidden and stays the value sent; a TipTap (ProseMirror) editor
// shows the text formatted, and a toolbar of real buttons with Japanese labels (from the page,
// never from this file) applies the formats. The server sanitizes whatever is sent.
//
// The library (js/vendor/tiptap/tiptap.min.js, built by src/main/editor) is loaded only on pages
// that have a rich-text field. Nothing here needs inline script or style (CSP: 'self' only).
(() => {
  const fields = Array.from(document.querySelectorAll('[data-rich-text]'));
  if (fields.length === 0) return;

  const load = (src) =>
    new Promise((resolve, reject) => {
      if (window.KatsudoTiptap) return resolve(window.KatsudoTiptap);
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => resolve(window.KatsudoTiptap);
      script.onerror = reject;
      document.head.appendChild(script);
    });

  const escapeHtml = (s) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

  // the same rule as the server (HtmlText): text without a tag is paragraphs split by blank lines
  const tag = /<\s*\/?\s*[a-zA-Z]/;
  const toHtml = (value) => {
    if (tag.test(value)) return value;
    return value
      .trim()
      .split(/\r?\n[^\S\r\n]*\r?\n\s*/)
      .filter((p) => p.trim() !== '')
      .map((p) => '<p>' + p.trim().split(/\r?\n/).map(escapeHtml).join('<br>') + '</p>')
      .join('');
  };

  const allowedLink = (href) => /^(https?:\/\/|mailto:|tel:|\/(?!\/))/i.test(href);

  const enhance = (T, field) => {
    const id = field.dataset.richText;
    const source = field.querySelector('textarea[data-rich-text-source]');
    const label = field.querySelector('.form-field__label');
    const toolbar = field.querySelector('[data-rich-text-toolbar]');
    const panel = field.querySelector('[data-rich-text-link]');
    const url = panel.querySelector('[data-link-url]');
    const linkError = panel.querySelector('[data-link-error]');
    const plainHint = field.querySelector('[data-rich-text-plain]');
    const keysHint = field.querySelector('[data-rich-text-keys]');
    const buttons = Array.from(toolbar.querySelectorAll('button[data-command]'));
    const linkButton = toolbar.querySelector('[data-command="link"]');

    // the editor takes the field's id: the error summary's link and aria-controls lead to it
    source.id = id + '-source';
    label.removeAttribute('for');
    const describedBy = (source.getAttribute('aria-describedby') || '')
      .split(/\s+/)
      .filter((d) => d && d !== id + '-plain')
      .concat(id + '-keys')
      .join(' ');
    const host = document.createElement('div');
    host.className = 'rich-text__frame';
    source.after(host);

    let editor;
    const openLink = () => {
      const current = editor.getAttributes('link').href || '';
      url.value = current;
      linkError.hidden = true;
      url.removeAttribute('aria-invalid');
      url.setAttribute('aria-describedby', id + '-link-hint');
      panel.hidden = false;
      linkButton.setAttribute('aria-expanded', 'true');
      url.focus();
      return true;
    };
    const closeLink = () => {
      panel.hidden = true;
      linkButton.setAttribute('aria-expanded', 'false');
      editor.commands.focus();
    };
    const applyLink = () => {
      const href = url.value.trim();
      if (href === '') {
        editor.chain().focus().extendMarkRange('link').unsetLink().run();
      } else if (!allowedLink(href)) {
        linkError.hidden = false;
        url.setAttribute('aria-invalid', 'true');
        url.setAttribute('aria-describedby', id + '-link-error ' + id + '-link-hint');
        url.focus();
        return;
      } else {
        editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
      }
      panel.hidden = true;
      linkButton.setAttribute('aria-expanded', 'false');
    };

    const Keys = T.Extension.create({
      name: 'katsudoKeys',
      addKeyboardShortcuts() {
        return { 'Mod-k': () => openLink() };
      },
    });

    const attributes = {
      id,
      class: 'rich-text__editor prose',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': id + '-label',
      'aria-describedby': describedBy,
    };
    if (source.getAttribute('aria-invalid') === 'true') attributes['aria-invalid'] = 'true';
    if (source.required) attributes['aria-required'] = 'true';

    editor = new T.Editor({
      element: host,
      injectCSS: false,
      content: toHtml(source.value),
      extensions: [
        T.StarterKit.configure({
          heading: { levels: [2, 3, 4] },
          code: false,
          codeBlock: false,
          horizontalRule: false,
          trailingNode: false,
          // Tab always leaves the editor (no keyboard trap): list items are not indented by Tab
          listItem: false,
          link: {
            openOnClick: false,
            autolink: true,
            linkOnPaste: true,
            // links typed in the link field are checked there (allowedLink); links already in
            // the text keep TipTap's own check; the server's sanitizer decides in the end
            HTMLAttributes: { target: null, rel: null, class: null },
          },
        }),
        T.ListItem.extend({
          addKeyboardShortcuts() {
            return { Enter: () => this.editor.commands.splitListItem(this.name) };
          },
        }),
        T.Table,
        T.TableRow,
        T.TableHeader,
        T.TableCell,
        T.Subscript,
        T.Superscript,
        Keys,
      ],
      editorProps: { attributes },
    });

    const state = {
      paragraph: () => editor.isActive('paragraph') && !editor.isActive('blockquote'),
      heading2: () => editor.isActive('heading', { level: 2 }),
      heading3: () => editor.isActive('heading', { level: 3 }),
      heading4: () => editor.isActive('heading', { level: 4 }),
      bold: () => editor.isActive('bold'),
      italic: () => editor.isActive('italic'),
      underline: () => editor.isActive('underline'),
      strike: () => editor.isActive('strike'),
      bulletList: () => editor.isActive('bulletList'),
      orderedList: () => editor.isActive('orderedList'),
      blockquote: () => editor.isActive('blockquote'),
      link: () => editor.isActive('link'),
    };
    const run = {
      paragraph: (c) => c.setParagraph(),
      heading2: (c) => c.toggleHeading({ level: 2 }),
      heading3: (c) => c.toggleHeading({ level: 3 }),
      heading4: (c) => c.toggleHeading({ level: 4 }),
      bold: (c) => c.toggleBold(),
      italic: (c) => c.toggleItalic(),
      underline: (c) => c.toggleUnderline(),
      strike: (c) => c.toggleStrike(),
      bulletList: (c) => c.toggleBulletList(),
      orderedList: (c) => c.toggleOrderedList(),
      blockquote: (c) => c.toggleBlockquote(),
      unlink: (c) => c.extendMarkRange('link').unsetLink(),
      undo: (c) => c.undo(),
      redo: (c) => c.redo(),
    };
    const refresh = () => {
      buttons.forEach((b) => {
        const command = b.dataset.command;
        if (state[command]) b.setAttribute('aria-pressed', state[command]() ? 'true' : 'false');
        const possible =
          command === 'link'
            ? true
            : command === 'unlink'
              ? editor.isActive('link')
              : run[command](editor.can().chain().focus()).run();
        b.setAttribute('aria-disabled', possible ? 'false' : 'true');
      });
    };

    // the value sent is the editor's HTML; an empty editor sends nothing (the server says 必須)
    editor.on('update', () => {
      source.value = editor.isEmpty ? '' : editor.getHTML();
      source.dispatchEvent(new Event('input', { bubbles: true }));
    });
    editor.on('transaction', refresh);
    editor.on('focus', () => field.setAttribute('data-focused', 'true'));
    editor.on('blur', () => field.removeAttribute('data-focused'));

    // toolbar: one Tab stop, arrows / Home / End between the buttons (WAI-ARIA toolbar pattern)
    let current = 0;
    const focusButton = (i) => {
      buttons[current].tabIndex = -1;
      current = (i + buttons.length) % buttons.length;
      buttons[current].tabIndex = 0;
      buttons[current].focus();
    };
    buttons.forEach((b, i) => {
      b.tabIndex = i === 0 ? 0 : -1;
      b.addEventListener('click', () => {
        buttons[current].tabIndex = -1;
        current = i;
        b.tabIndex = 0;
        if (b.getAttribute('aria-disabled') === 'true') return;
        const command = b.dataset.command;
        if (command === 'link') {
          if (panel.hidden) openLink();
          else closeLink();
          return;
        }
        run[command](editor.chain().focus()).run();
      });
    });
    toolbar.addEventListener('keydown', (e) => {
      const moves = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: -1 };
      if (!(e.key in moves)) return;
      e.preventDefault();
      focusButton(moves[e.key]);
    });

    url.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault(); // never submit the page's form from the link field
        applyLink();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        closeLink();
      }
    });
    panel.querySelector('[data-link-apply]').addEventListener('click', applyLink);
    panel.querySelector('[data-link-cancel]').addEventListener('click', closeLink);

    // the label and the error summary's link lead to the editor
    label.addEventListener('click', () => editor.commands.focus());
    document.querySelectorAll('a[href="#' + CSS.escape(id) + '"]').forEach((a) =>
      a.addEventListener('click', (e) => {
        e.preventDefault();
        host.scrollIntoView({ block: 'center' });
        editor.commands.focus();
      }),
    );

    source.hidden = true;
    plainHint.hidden = true;
    keysHint.hidden = false;
    toolbar.hidden = false;
    field.setAttribute('data-enhanced', 'true');
    refresh();
  };

  const src = fields[0].dataset.editorSrc;
  load(src)
    .then((T) => fields.forEach((field) => enhance(T, field)))
    .catch(() => {
      // the library did not load: the textareas stay, and saving works as without JavaScript
    });
})();
