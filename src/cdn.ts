/**
 * Entry of the CDN build: defines `<k8s-contrib-card>` on import, so one
 * `<script type="module" src=…>` is all a page needs. It re-exports only what
 * costs nothing extra at first paint (the class, `configure`, the types);
 * `parseCardData` and the badge rules are in the npm build.
 */
export * from './define.js';
export { configure, type ConfigPatch, type LiveConfig, type CacheTtls } from './config.js';
export { LoadError } from './load-error.js';
export type * from './model.js';
export type { CardTheme, ContribErrorDetail } from './k8s-contrib-card.js';
