/**
 * A `<details>` used as a drop-down menu ("更多 ▾"): opening one closes any other open menu (menus
 * never stack); a click or tap outside it, Esc, or choosing an item in it closes it (Esc gives the
 * focus back to its summary). A Svelte action: `<details use:dismissableMenu>`.
 */
const open = new Set<HTMLDetailsElement>();

export function dismissableMenu(node: HTMLDetailsElement): { destroy(): void } {
  const close = (focus = false) => {
    if (!node.open) return;
    node.open = false;
    if (focus) node.querySelector('summary')?.focus();
  };
  const onToggle = () => {
    if (node.open) {
      for (const other of open) if (other !== node) other.open = false;
      open.add(node);
    } else open.delete(node);
  };
  const onPointerDown = (e: PointerEvent) => {
    if (node.open && !node.contains(e.target as Node)) close();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && node.open) {
      e.stopPropagation();
      close(true);
    }
  };
  const onClick = (e: MouseEvent) => {
    const item = (e.target as Element).closest('button, a, [role=menuitem]');
    if (item && node.contains(item) && !item.closest('summary')) close();
  };
  node.addEventListener('toggle', onToggle);
  node.addEventListener('click', onClick);
  document.addEventListener('pointerdown', onPointerDown, true);
  document.addEventListener('keydown', onKeyDown);
  return {
    destroy() {
      open.delete(node);
      node.removeEventListener('toggle', onToggle);
      node.removeEventListener('click', onClick);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onKeyDown);
    },
  };
}
