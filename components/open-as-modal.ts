/**
 * Ref callback for a `<dialog>`: opens it as a modal once it is in the page (focus stays inside,
 * Escape cancels, the page behind is inert). A module-level function, so Preact calls it once.
 */
export function openAsModal(element: HTMLDialogElement | null): void {
  if (element && !element.open) element.showModal();
}
