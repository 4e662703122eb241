/**
 * Entry of the CDN build: defines `<k8s-contrib-card>` on import, so one
 * `<script type="module" src=…>` is all a page needs. It exports only the
 * class and the types: everything it exports is downloaded before the first
 * paint, and a blog embed needs nothing else (attributes configure a card).
 * `configure`, `parseCardData` and the badge rules are in the npm build.
 */
export * from './define.js';
export type * from './model/model.js';
export type { CardTheme } from './element/k8s-contrib-card.js';
export type { ContribCardEventMap, ContribErrorDetail, ContribErrorEvent, ContribLoadEvent } from './element/events.js';
