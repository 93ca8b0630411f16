/**
 * Keep a native <dialog> shown as a modal exactly while `open` is true (Svelte action):
 * `<dialog use:modalOpen={open}>`. Shared by Modal and ConfirmDialog.
 */
export function modalOpen(dialog: HTMLDialogElement, open: boolean) {
  const sync = (o: boolean) => {
    if (o && !dialog.open) dialog.showModal();
    else if (!o && dialog.open) dialog.close();
  };
  sync(open);
  return { update: sync };
}
