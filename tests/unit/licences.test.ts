import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const permissive = new Set(['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'OFL-1.1', 'CC-BY-4.0', 'BlueOak-1.0.0']);

/**
 * The one copyleft exception: libvips, which Next's optional image optimiser (sharp) loads as a
 * separate shared library; the LGPL allows that without relicensing the app.
 */
const dynamicallyLoadedLgpl = /^node_modules\/@img\/sharp-/;

interface LockedPackage {
  license?: string;
  dev?: boolean;
  /** Installed for development, and named only as an optional peer by something the app ships. */
  devOptional?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
}

const forDevelopment = (locked: LockedPackage) => Boolean(locked.dev || locked.devOptional);

/** An optional package (a platform binary) is shipped only when something shipped asks for it. */
function onlyDevelopmentAsks(name: string, packages: Record<string, LockedPackage>): boolean {
  const bare = name.replace(/^.*node_modules\//, '');
  const askers = Object.values(packages).filter((locked) => locked.optionalDependencies?.[bare] !== undefined);
  return askers.length > 0 && askers.every(forDevelopment);
}

describe('the licences of what the app ships', () => {
  it('are permissive for every package the app installs outside development', () => {
    const lock = JSON.parse(readFileSync(path.resolve(__dirname, '../../package-lock.json'), 'utf8')) as {
      packages: Record<string, LockedPackage>;
    };
    const shipped = Object.entries(lock.packages).filter(
      ([name, locked]) => name !== '' && !forDevelopment(locked) && !(locked.optional && onlyDevelopmentAsks(name, lock.packages)),
    );
    expect(shipped.length).toBeGreaterThan(10);
    const unfit = shipped.filter(([name, locked]) => {
      const parts = (locked.license ?? 'UNKNOWN').split(' AND ');
      return !parts.every((part) => permissive.has(part) || (part === 'LGPL-3.0-or-later' && dynamicallyLoadedLgpl.test(name)));
    });
    expect(unfit.map(([name, locked]) => `${name}: ${locked.license ?? 'no licence'}`)).toEqual([]);
  });

  it('state the code licence in package.json and LICENSE', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { license?: string };
    expect(manifest.license).toBe('MIT');
    expect(readFileSync(path.resolve(__dirname, '../../LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });
});
