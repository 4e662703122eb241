/**
 * Names the live sources and the roles builder (`build/`) share. Their own
 * module, so the live chunk can use them without the builder, which a page
 * downloads only when the roles worker cannot run (the main-thread fallback).
 */

/** `repo` + `path` of the one file that must be readable: without it, no leadership role is known. */
export const SIGS_YAML = { repo: 'kubernetes/community', path: 'sigs.yaml' } as const;

/** The group name every Steering role carries, whichever file it came from (the model's, which the card names). */
export { STEERING_GROUP } from '../model/model.js';
