/**
 * Whether a key press is a study tool's own key: the plain key, pressed once (not held), not
 * taken by another handler, and not typed into a field or inside the word card, whose own
 * buttons act on its word.
 */
export function isToolKey(event: KeyboardEvent, key: string): boolean {
  if (event.key !== key || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  if (event.repeat || event.defaultPrevented) return false;
  const target = event.target;
  if (!(target instanceof Element)) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return false;
  return !target.closest('input, textarea, select, [contenteditable], .term-card');
}
