/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // The stylesheet travels in the page instead of as a render-blocking request: the reader paints sooner.
    inlineCss: true,
  },
  // The pronouncing dictionary is several megabytes of data: load it from node_modules, never bundle it.
  serverExternalPackages: ['cmu-pronouncing-dictionary'],
};

module.exports = nextConfig;
