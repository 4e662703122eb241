/**
 * The package's main entry: the element class and the model's types, with no
 * side effect. Import `k8s-contrib-card/define` to register the tag.
 */
export { K8sContribCard, type CardTheme, type CardVariant } from './element/k8s-contrib-card.js';
export type { ContribCardEventMap, ContribErrorDetail, ContribErrorEvent, ContribLoadEvent } from './element/events.js';
export * from './model/model.js';
export { parseCardData, isValidLogin, CardDataError, type ParseResult } from './model/validate.js';
export { computeBadges, BADGE_RULES, type BadgeRule, type BadgeId } from './model/badges.js';
export { LoadError, type FailedSource } from './model/load-error.js';
export { configure, type ConfigPatch, type LiveConfig, type CacheTtls } from './sources/config.js';
