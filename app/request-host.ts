/** The host a request was addressed to: the first X-Forwarded-Host when a proxy is in front, else Host. */
export function requestHost(headers: Pick<Headers, 'get'>): string {
  return headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host') || '';
}
