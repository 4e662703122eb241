/**
 * Mocha hooks for tests of the live sources: points the sources at this
 * file's stand-in scope, starts every test from a clean slate (stand-ins,
 * page state, configuration) and fails a test that leaves an unhandled
 * promise rejection behind.
 */
import { expect } from '@open-wc/testing';
import { configure, resetConfig } from '../../src/sources/config.js';
import { resetLiveState } from '../../src/sources/reset.js';
import { standIns, type StandInUrls } from './client.js';

export interface LiveTestContext {
  /** This test's stand-in URLs (new for every test). */
  urls: StandInUrls;
  /** Text found in every URL (and so every stored key) this file's tests use. */
  scopeTag: string;
  /** Unhandled rejections seen during the current test. */
  rejections: unknown[];
}

/** Installs the hooks; returns a context filled in once `before` has run. */
export function useStandIns(): LiveTestContext {
  const ctx: LiveTestContext = { urls: undefined as unknown as StandInUrls, scopeTag: '', rejections: [] };
  const onRejection = (e: PromiseRejectionEvent) => {
    ctx.rejections.push(e.reason);
  };

  before(async () => {
    // `/_s/<session>-<n>`: the tag keeps the session, so stored entries of every test of this file match it.
    ctx.scopeTag = new URL((await standIns.urls()).github).pathname.replace(/\d+$/, '');
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    resetLiveState({ storageMatching: ctx.scopeTag });
    resetConfig();
  });
  beforeEach(async () => {
    ctx.urls = await standIns.fresh();
    resetLiveState({ storageMatching: ctx.scopeTag });
    resetConfig();
    configure({ githubApi: ctx.urls.github, devstatsApi: ctx.urls.devstats, rawBase: ctx.urls.raw });
    ctx.rejections.length = 0;
  });
  afterEach(async () => {
    // Rejections are reported a task after they happen.
    await new Promise((r) => setTimeout(r, 20));
    expect(ctx.rejections.map(String), 'unhandled rejections').to.deep.equal([]);
  });
  return ctx;
}

/** The rejection of `p`, failing the test if it resolves. */
export async function rejectionOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection, got a value');
}
