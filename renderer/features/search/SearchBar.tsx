import { useEffect, useRef } from 'react';
import { SearchCombobox } from './SearchCombobox.tsx';
import { closeSearchDialog, useSearchUi } from './search.store.ts';
import { useSearchIndexing, useSearchShortcut } from './useSearch.ts';
import './search.css';

/** The modal search opened by Ctrl/Cmd+K or the desktop menu; a fresh, empty field each time. */
function SearchDialog() {
  const isOpen = useSearchUi((s) => s.isDialogOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isOpen && !element.open) element.showModal();
    if (!isOpen && element.open) element.close();
  }, [isOpen]);

  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-label="Search Fieldcase"
      // Escape, and closing by any other means, must be reflected in the store.
      onClose={closeSearchDialog}
      onCancel={closeSearchDialog}
      onClick={(event) => event.target === event.currentTarget && closeSearchDialog()}
    >
      {isOpen && <SearchCombobox label="Search" autoFocus onOpened={closeSearchDialog} onDismiss={closeSearchDialog} />}
    </dialog>
  );
}

/** One search for everything: the field in the header, and the dialog behind Ctrl/Cmd+K. */
export function SearchBar() {
  useSearchIndexing();
  useSearchShortcut();
  return (
    <div role="search" className="search-bar">
      <SearchCombobox label="Search everything" />
      <SearchDialog />
    </div>
  );
}
