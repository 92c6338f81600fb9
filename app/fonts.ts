import localFont from 'next/font/local';

// The files come from the @fontsource packages, so nothing is fetched at build or run time;
// next/font preloads them, which lets the first layout of the text use them.
export const devanagariSerif = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-serif-devanagari/files/noto-serif-devanagari-devanagari-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/noto-serif-devanagari/files/noto-serif-devanagari-devanagari-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  declarations: [{ prop: 'unicode-range', value: 'U+0900-097F, U+1CD0-1CF9, U+200C-200D, U+20A8, U+20B9, U+25CC, U+A830-A839, U+A8E0-A8FF' }],
  variable: '--font-devanagari',
  display: 'swap',
  // Fallback metrics are computed from Latin fonts and would misplace Devanagari lines.
  adjustFontFallback: false,
});

export const latinSerif = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-latin',
  display: 'swap',
  adjustFontFallback: 'Times New Roman',
});
