/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** A font cut down to its common characters by the build (vite.config.ts, src/pdf/commonCuts.ts). */
declare module '*?cut&url' {
  const url: string;
  export default url;
}
