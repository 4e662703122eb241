/**
 * The package's main entry: the element class and the model's types, with no
 * side effect. Import `k8s-contrib-card/define` to register the tag.
 */
export { K8sContribCard, type CardTheme, type ContribErrorDetail } from './k8s-contrib-card.js';
export * from './model.js';
export { parseCardData, isValidLogin, CardDataError } from './validate.js';
export { computeBadges, BADGE_RULES } from './badges.js';
export { LoadError } from './load-error.js';
export { configure, type ConfigPatch, type LiveConfig, type CacheTtls } from './config.js';
