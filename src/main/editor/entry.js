// The parts of TipTap the staff's rich-text editor uses, as one global (window.KatsudoTiptap).
// Our own code (toolbar, labels, form wiring) is in static/js/rich-text.js, not in this bundle.
import { Editor, Extension } from '@tiptap/core';
import { ListItem } from '@tiptap/extension-list';
import StarterKit from '@tiptap/starter-kit';
import { Table, TableRow, TableHeader, TableCell } from '@tiptap/extension-table';
import Subscript from '@tiptap/extension-subscript';
import Superscript from '@tiptap/extension-superscript';

window.KatsudoTiptap = {
  Editor,
  Extension,
  ListItem,
  StarterKit,
  Table,
  TableRow,
  TableHeader,
  TableCell,
  Subscript,
  Superscript,
};
