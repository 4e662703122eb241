/**
 * Registers `<k8s-contrib-card>`. Importing this module is the side effect;
 * importing the class (`k8s-contrib-card`) is not. A second registration
 * (two bundles on one page, a CDN copy next to an npm copy) is tolerated.
 */
import { K8sContribCard } from './element/k8s-contrib-card.js';

export const tagName = 'k8s-contrib-card';

// `customElements` is missing in Node (server rendering without a DOM shim).
if (typeof customElements !== 'undefined' && !customElements.get(tagName)) {
  // Spelled out, not `tagName`, so the manifest analyser reads the tag name.
  customElements.define('k8s-contrib-card', K8sContribCard);
}

declare global {
  interface HTMLElementTagNameMap {
    'k8s-contrib-card': K8sContribCard;
  }
}

export { K8sContribCard };
// The events' types, so that `define` alone types `addEventListener('contrib-load', …)`: the map
// is declared in events.ts, which no other declaration of this entry kept.
export type { ContribCardEventMap, ContribErrorDetail, ContribErrorEvent, ContribLoadEvent } from './element/events.js';
