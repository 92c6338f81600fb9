import { NextResponse, type NextRequest } from 'next/server';
import { chooseLanguage } from '@/lib/i18n/negotiate';
import { isLng, languageCookie } from '@/lib/i18n';

const oneYearInSeconds = 60 * 60 * 24 * 365;

function isPrefetch(request: NextRequest): boolean {
  const purpose = request.headers.get('sec-purpose') ?? request.headers.get('purpose') ?? '';
  return request.headers.has('next-router-prefetch') || purpose.includes('prefetch');
}

export function proxy(request: NextRequest) {
  const [, firstSegment] = request.nextUrl.pathname.split('/');

  if (isLng(firstSegment)) {
    const response = NextResponse.next();
    // The language of the page last read is the choice to remember, with or without JavaScript;
    // a prefetch is no reading, and one still in flight must not undo a switch just made.
    if (request.cookies.get(languageCookie)?.value !== firstSegment && !isPrefetch(request)) {
      response.cookies.set(languageCookie, firstSegment, {
        path: '/',
        maxAge: oneYearInSeconds,
        sameSite: 'lax',
      });
    }
    return response;
  }

  const lng = chooseLanguage(
    request.cookies.get(languageCookie)?.value,
    request.headers.get('accept-language'),
  );
  const url = request.nextUrl.clone();
  url.pathname = `/${lng}${request.nextUrl.pathname === '/' ? '' : request.nextUrl.pathname}`;
  return NextResponse.redirect(url);
}

export const config = {
  // The JSON API under /api answers in no page language, so it is not redirected to one.
  matcher: ['/((?!_next/|api/|favicon.ico|icon.svg|robots.txt).*)'],
};
