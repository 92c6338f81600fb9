import { rmSync } from 'node:fs';
import path from 'node:path';

/** Removes the throwaway content folder the browser tests' server saved into. */
export default function removeE2eContent(): void {
  const contentDir = process.env.SAHPATH_E2E_CONTENT_DIR;
  if (contentDir) rmSync(path.dirname(contentDir), { recursive: true, force: true });
}
