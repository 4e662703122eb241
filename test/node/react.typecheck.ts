// Type-level test of the React wrapper: `npm run typecheck` compiles it, nothing
// runs it. Element properties are typed props, events are typed handlers, and
// mistakes are compile errors.
import React from 'react';
import { K8sContribCard, type K8sContribCardProps } from '../../src/react.js';

export const ok = React.createElement(K8sContribCard, {
  user: 'pacoxu',
  theme: 'dark',
  cacheTtl: 600,
  className: 'card',
  onContribLoad: (e) => e.detail.identity.login.toUpperCase(),
  onContribError: (e) => e.detail.reason satisfies string,
});

export const props: K8sContribCardProps = { src: '/cards/pacoxu.json' };

// @ts-expect-error theme is 'auto' | 'light' | 'dark'
export const badTheme = React.createElement(K8sContribCard, { theme: 'blue' });

// @ts-expect-error cacheTtl is a number
export const badTtl = React.createElement(K8sContribCard, { cacheTtl: '600' });

// @ts-expect-error the load event's detail is the card model
export const badHandler = React.createElement(K8sContribCard, { onContribLoad: (e) => e.detail.nope });
