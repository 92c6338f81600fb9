import 'server-only';
import { headers } from 'next/headers';

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/** The address students type, as this request reached the site (through the proxy in front, if any). */
export async function requestOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get('x-forwarded-host')?.split(',')[0]?.trim() || list.get('host') || '';
  const proto = list.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  if (HOST.test(host)) return `${proto}://${host}`;
  return process.env.SAHPATH_BASE_URL?.trim().replace(/\/+$/, '') || 'http://localhost:3000';
}

export function joinAddress(origin: string, lng: string, code: string): string {
  return `${origin}/${lng}/join?code=${encodeURIComponent(code)}`;
}
