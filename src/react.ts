/**
 * `<K8sContribCard>` for React: the element wrapped with `@lit/react`, so React
 * sets properties (not only string attributes) and subscribes to the card's
 * events through `onContribLoad` / `onContribError` props. React 18 does
 * neither for custom elements on its own. Importing this module registers the
 * element, like `k8s-contrib-card/define`.
 *
 * ```tsx
 * import { K8sContribCard } from 'k8s-contrib-card/react';
 * <K8sContribCard user="pacoxu" onContribLoad={(e) => console.log(e.detail)} />
 * ```
 */
// Default import: React 18 is CommonJS, and the default export is its
// `module.exports` in every bundler and in Node alike.
import React, { type ComponentProps } from 'react';
import { createComponent, type EventName } from '@lit/react';
import { K8sContribCard as K8sContribCardElement, tagName } from './define.js';
import type { ContribErrorEvent, ContribLoadEvent } from './element/events.js';

export type { ContribErrorEvent, ContribLoadEvent };

export const K8sContribCard = createComponent({
  react: React,
  tagName,
  elementClass: K8sContribCardElement,
  displayName: 'K8sContribCard',
  events: {
    onContribLoad: 'contrib-load' as EventName<ContribLoadEvent>,
    onContribError: 'contrib-error' as EventName<ContribErrorEvent>,
  },
});

/** Props of {@link K8sContribCard}. */
export type K8sContribCardProps = ComponentProps<typeof K8sContribCard>;
