import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { Markdown } from '../../ui/Markdown.tsx';
import { applyFormat, continueList, shortcutCommand, type FormatCommand, type TextEdit } from './markdown-format.ts';

const TOOLBAR: { command: FormatCommand; label: string; shortcut: string; text: string }[] = [
  { command: 'heading', label: 'Heading', shortcut: 'Control+Alt+1', text: 'H' },
  { command: 'bold', label: 'Bold', shortcut: 'Control+B', text: 'B' },
  { command: 'italic', label: 'Italic', shortcut: 'Control+I', text: 'I' },
  { command: 'bullets', label: 'Bulleted list', shortcut: 'Control+Shift+8', text: '•' },
  { command: 'numbers', label: 'Numbered list', shortcut: 'Control+Shift+7', text: '1.' },
];

export interface MarkdownEditorProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  onBlur(): void;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * The note body: a plain textarea (fast with 100,000 characters, native undo, spell check) with
 * a formatting toolbar, keyboard shortcuts, lists that continue on Enter, and a preview.
 */
export function MarkdownEditor({ id, label, value, onChange, onBlur, textareaRef }: MarkdownEditorProps) {
  const [isPreview, setPreview] = useState(false);
  // Where the selection goes once React has put a formatted value in the textarea.
  const pendingSelection = useRef<{ start: number; end: number } | null>(null);

  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    const textarea = textareaRef.current;
    if (!selection || !textarea) return;
    pendingSelection.current = null;
    textarea.setSelectionRange(selection.start, selection.end);
  });

  const apply = (change: (edit: TextEdit) => TextEdit | null): boolean => {
    const textarea = textareaRef.current;
    if (!textarea) return false;
    const next = change({ value: textarea.value, start: textarea.selectionStart, end: textarea.selectionEnd });
    if (!next) return false;
    pendingSelection.current = { start: next.start, end: next.end };
    onChange(next.value);
    textarea.focus();
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const command = shortcutCommand(event);
    if (command) {
      event.preventDefault();
      apply((edit) => applyFormat(command, edit));
      return;
    }
    const isPlainEnter = event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (isPlainEnter && !event.nativeEvent.isComposing && apply(continueList)) event.preventDefault();
  };

  return (
    <div className="markdown-editor">
      <div className="markdown-toolbar" role="toolbar" aria-label="Formatting" aria-controls={id}>
        {TOOLBAR.map((tool) => (
          <button
            key={tool.command}
            type="button"
            title={`${tool.label} (${tool.shortcut.replace('Control', 'Ctrl')})`}
            aria-keyshortcuts={tool.shortcut}
            disabled={isPreview}
            // Keep the textarea's selection: a mouse press would otherwise move focus first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => apply((edit) => applyFormat(tool.command, edit))}
          >
            {/* The glyph is what sighted users scan; the name is what everyone else hears. */}
            <span aria-hidden="true">{tool.text}</span>
            <span className="visually-hidden">{tool.label}</span>
          </button>
        ))}
        <button type="button" aria-pressed={isPreview} onClick={() => setPreview(!isPreview)}>
          Preview
        </button>
      </div>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={textareaRef}
        value={value}
        rows={18}
        hidden={isPreview}
        placeholder="Markdown welcome: # headings, - lists, **bold**"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      {isPreview && (
        <section aria-label="Preview" className="markdown-preview">
          {value.trim() === '' ? <p className="muted">Nothing written yet.</p> : <Markdown text={value} />}
        </section>
      )}
    </div>
  );
}
