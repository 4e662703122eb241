/**
 * Entry of the CDN build: defines `<k8s-contrib-card>` on import, so one
 * `<script type="module" src=…>` is all a page needs, and re-exports the
 * public API for pages that script the card.
 */
export * from './define.js';
export * from './index.js';
