// tsc has no notion of .astro files (astro check does); this lets tests import components typed.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
