/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // The stylesheet travels in the page instead of as a render-blocking request: the reader paints sooner.
    inlineCss: true,
  },
  // The pronouncing dictionary and the English lexicon are megabytes of data: load them from
  // node_modules, never bundle them.
  serverExternalPackages: ['cmu-pronouncing-dictionary', 'en-lexicon'],
};

module.exports = nextConfig;
