// A modal dialog on the native <dialog> element: focus is trapped and restored by the browser,
// Escape closes it, and the page behind is inert.
import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  children: ReactNode;
  onClose: () => void;
  /** Buttons, right-aligned under the content. */
  actions?: ReactNode;
  tone?: 'default' | 'danger';
  wide?: boolean;
}

export function ModalDialog({ title, children, onClose, actions, tone = 'default', wide = false }: ModalDialogProps): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // React does not render `autofocus`; a field marked data-autofocus takes the focus instead.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal${tone === 'danger' ? ' modal--danger' : ''}${wide ? ' modal--wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="modal__title">
        {title}
      </h2>
      <div className="modal__body">{children}</div>
      {actions ? <div className="modal__actions">{actions}</div> : null}
    </dialog>
  );
}
