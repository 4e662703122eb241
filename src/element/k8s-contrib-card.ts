import { LitElement, adoptStyles, html, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { watchLang } from './lang-observer.js';
import { loadCard, preloadLive, type LoadRequest } from '../sources/load.js';
import type { PartialCard } from '../sources/live.js';
import { nearViewport } from './near-viewport.js';
import { renderTurn } from './render-turns.js';
import { toLoadError } from '../model/load-error.js';
import { closestDir, closestLang, matchLocale, type SupportedLocale } from '../i18n/locale.js';
import type { CardData } from '../model/model.js';
import { renderNoUser, renderSkeleton, renderUnavailable } from '../render/skeleton.js';
import { loadCompact, loadInline, type CompactModule, type InlineModule } from '../variants/load-variant.js';
import type { SparklineController } from '../chart/controller.js';
import type { ContribCardEventMap } from './events.js';
import { loadMessages, messagesFor } from '../i18n/catalog.js';
import { loadView, type CardView } from '../render/load-view.js';
import { loadShare, type ShareModule } from '../share/load-share.js';
import { styles } from './styles.js';

/** Colour scheme of the card. */
export type CardTheme = 'auto' | 'light' | 'dark';

/** How much of the card shows: all of it, a compact card, or a chip in a line of text. */
export type CardVariant = 'full' | 'compact' | 'inline';

/**
 * A card showing a Kubernetes contributor's work: who they are, their
 * contribution totals, their community roles, achievement badges and a
 * sparkline of merged PRs.
 *
 * Language comes from `lang` on the element or its closest ancestor (18
 * languages, English when none matches; `dir` likewise).
 *
 * @summary Embeddable Kubernetes contributor card.
 *
 * @fires {ContribLoadEvent} contrib-load - The card has its data and shows it (fired after the render that shows it; a card whose variant's code could not be downloaded says so instead); `detail` is the card model. Bubbles, composed.
 * @fires {ContribErrorEvent} contrib-error - Loading failed; `detail` says which source failed and why (`network` from source `card` when the card's own code could not be downloaded). Fired once, after the render that shows the failure. Bubbles, composed.
 *
 * @slot role - Extra roles the page adds itself, e.g. `<span slot="role">KubeCon China 2024 co-chair</span>`, listed after the data's roles.
 *
 * @csspart card - The card's outer box.
 * @csspart identity - Avatar, name, login and company.
 * @csspart avatar - The avatar (image or initials).
 * @csspart name - The display name.
 * @csspart profile-link - The `@login` link to the profile.
 * @csspart company - The company line.
 * @csspart totals - The totals region.
 * @csspart summary - "N contributions, active in M repositories", above the totals.
 * @csspart total - One total.
 * @csspart first-contribution - The first contribution line.
 * @csspart years - The years-active line.
 * @csspart roles - The roles region.
 * @csspart rung - The highest rung of the contributor ladder the person holds, shown first ("Approver · SIG Node").
 * @csspart role - One kind of role, with every group it is held in.
 * @csspart badges - The badges region.
 * @csspart badge - One badge.
 * @csspart activity - The merged-PR sparkline region.
 * @csspart sparkline - The chart itself (focusable; arrow keys move between points).
 * @csspart sparkline-marker - The highlighted point (an SVG `circle`).
 * @csspart notice - Notice naming sources that failed (partial state).
 * @csspart footer - "Data as of" and sources.
 * @csspart scope - The footer's line saying what the totals count (the project and its organisations).
 * @csspart as-of - The "data as of" text.
 * @csspart sources - Links to the sources.
 * @csspart skeleton - The loading placeholder.
 * @csspart state - A not-found, not-a-person, empty or error message (also has `not-found`, `not-a-person`, `empty` or `error`).
 * @csspart retry - The retry button of the error state.
 * @csspart share-button - The share menu's button (with `share`).
 * @csspart share-menu - The share menu.
 * @csspart share-item - One item of the share menu.
 * @csspart chip - The inline variant's chip (a button that opens the full card).
 * @csspart popover - The inline variant's popover holding the full card.
 *
 * @cssstate far - The card is far off screen (beyond the margin `loading="lazy"` uses) and skips its layout and paint until it comes near (`content-visibility: auto`); set once the card view has loaded, where custom states are supported.
 *
 * @cssprop [--k8s-card-bg=#ffffff] - Background colour (dark: #161b22).
 * @cssprop [--k8s-card-fg=#1b1f24] - Text colour (dark: #e6edf3).
 * @cssprop [--k8s-card-muted=#57606a] - Secondary text colour (dark: #9ea7b3).
 * @cssprop [--k8s-card-accent=#326ce5] - Kubernetes blue: links, chart line, the highest role, the top edge (dark: #84a7ef).
 * @cssprop [--k8s-card-accent-soft=#eaf0fc] - Tinted backgrounds: totals, chart area, badges (dark: #1c2d4d).
 * @cssprop [--k8s-card-stripe=var(--k8s-card-accent)] - The line along the card's top edge; `transparent` (or the border colour) blends the card into its page.
 * @cssprop [--k8s-card-border=#d0d7de] - Border colour (dark: #3d444d).
 * @cssprop [--k8s-card-skeleton=#eaeef2] - Loading placeholder colour (dark: #262c36).
 * @cssprop [--k8s-card-warn-bg=#fff8c5] - Notice background (dark: #3b2e00).
 * @cssprop [--k8s-card-warn-fg=#4d3800] - Notice text (dark: #f2cc60).
 * @cssprop [--k8s-card-focus=#0969da] - Focus ring colour (dark: #4493f8).
 * @cssprop [--k8s-card-radius=12px] - Corner radius.
 * @cssprop [--k8s-card-font=system-ui, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif] - Font family.
 * @cssprop [--k8s-card-width=420px] - Maximum width (the card fills its container down to 280px).
 * @cssprop [--k8s-card-min-height=340px] - Minimum height, also the loading skeleton's height.
 */
export class K8sContribCard extends LitElement {
  static override styles = styles;

  // Declared with `static properties` rather than decorators: no decorator
  // helper in the first-paint bundle, and no build step that must lower them.
  static override properties = {
    user: { reflect: true },
    src: { reflect: true },
    theme: { reflect: true },
    project: { reflect: true },
    githubApi: { attribute: 'github-api', reflect: true },
    devstatsApi: { attribute: 'devstats-api', reflect: true },
    rawBase: { attribute: 'raw-base', reflect: true },
    contribcardBase: { attribute: 'contribcard-base', reflect: true },
    rolesSrc: { attribute: 'roles-src', reflect: true },
    cacheTtl: { attribute: 'cache-ttl', type: Number, reflect: true },
    share: { type: Boolean, reflect: true },
    loading: { reflect: true },
    variant: { reflect: true },
    staticBase: { attribute: 'static-base', reflect: true },
    hasSlottedRoles: { state: true },
    lang_: { state: true },
    dir_: { state: true },
    shareModule: { state: true },
    partial: { state: true },
    variantModule: { state: true },
  };

  /** GitHub login of the contributor. Ignored when `src` is set. */
  declare user?: string | undefined;

  /** URL of a card-data JSON file (see the JSON Schema); when set, it is the data. */
  declare src?: string | undefined;

  /** Colour scheme: `auto` follows the reader's system setting. */
  declare theme: CardTheme;

  /** CNCF DevStats project for the totals (roles and the activity chart, per Kubernetes release, stay Kubernetes-only); `kubernetes` when unset. */
  declare project?: string | undefined;

  /** Base URL of the GitHub REST API (GitHub Enterprise, a caching proxy). */
  declare githubApi?: string | undefined;

  /** URL of the DevStats API endpoint. */
  declare devstatsApi?: string | undefined;

  /** Base URL for raw community files (a mirror of raw.githubusercontent.com). */
  declare rawBase?: string | undefined;

  /** Base URL of ContribCard-format contributor files (`{base}/{login}.json`); unset: not used. */
  declare contribcardBase?: string | undefined;

  /**
   * URL of a prebuilt roles index (`roles-index.json`, made by `k8s-contrib-card roles`):
   * every card on the page reads its roles from it, in one request, instead of
   * fetching and parsing the community files.
   */
  declare rolesSrc?: string | undefined;

  /** Cache lifetime in seconds for live data, overriding the per-kind defaults. */
  declare cacheTtl?: number | undefined;

  /**
   * Adds a share menu: copy the embed tag, copy a Markdown image (with
   * `static-base`), download the card as SVG or PNG. Nothing of it is
   * downloaded unless set.
   */
  declare share: boolean;

  /** Where the static cards of `k8s-contrib-card build` live (`<base>/<login>.svg`), for the Markdown snippet. */
  declare staticBase?: string | undefined;

  /**
   * `lazy` (the default): a card far off screen waits until it comes near the
   * viewport before it fetches anything, like `<img loading="lazy">`, so a long
   * page spends a reader's GitHub budget only on the cards they scroll to.
   * `eager`: load at once.
   */
  declare loading: 'lazy' | 'eager';

  /**
   * `full` (the default) is the whole card. `compact`, for sidebars and
   * speaker grids: avatar, name, the highest role, three figures and the
   * sparkline, 120–140 px tall. `inline`: a chip for a line of text (avatar,
   * `@login`, the highest role) that opens the full card in a popover on hover,
   * focus or tap. A variant's code is downloaded only by a page that uses it.
   */
  declare variant: CardVariant;

  declare private hasSlottedRoles: boolean;
  declare private lang_: SupportedLocale;
  declare private dir_: 'ltr' | 'rtl';
  /**
   * The card-view module, once loaded; until then every state renders as the
   * skeleton. Not reactive: a card still waiting for its data shows the skeleton
   * with or without it, so the view's arrival re-renders only cards that show
   * more (`useView`). On a page of 100 cards that is 100 renders fewer, each a
   * place in the render turns ahead of the first card's data.
   */
  declare private view?: CardView;
  /** A live card as far as its sources have answered, shown while the rest loads. */
  declare private partial?: PartialCard;
  /** The current variant's module, once loaded (compact and inline only); `null` if its download failed. */
  declare private variantModule?: CompactModule | InlineModule | null;
  // The plain fields below that start out undefined are declared, not defined: the first paint's
  // code carries nothing for them.
  /** The share menu's module, once loaded (only with `share`). */
  declare private shareModule?: ShareModule;

  /** The sparkline's state and input handling; it comes with the card view. */
  declare private chart?: SparklineController;
  declare private unwatchLang?: () => void;
  /** The chunks' styles adopted so far, beside the first-paint ones. */
  private adopted: CSSResult[] = [];
  /** Set when a disconnect aborted the load: connected again, the card loads again. */
  declare private abortedByDisconnect?: boolean;
  /**
   * The last language whose messages or failure sentences could not be
   * downloaded: a card still waiting for its language's sentences shows its
   * skeleton, one whose sentences will not come says it could not load. (Also
   * set when the load's card view failed, which waits with the messages: that
   * card says the same sentence either way.)
   */
  declare private missing?: SupportedLocale;
  /** The load's event, fired after the update that shows its outcome. */
  declare private settled?: () => void;
  /** Ends a lazy card's wait to come near: the page asked for it `eager`. */
  declare private loadNow?: () => void;
  /**
   * The card shown while `reload()` loads the same request again, so a refresh
   * does not blank it; forgotten when a load starts for another request.
   */
  declare private kept?: CardData;

  private readonly data = new Task<[LoadRequest], CardData>(this, {
    task: async ([req], { signal }) => {
      // The event of a load this one replaces was never shown: it is not fired.
      this.settled = undefined;
      // Nothing to show until the page says whose card this is.
      if (!req.user && !req.src) return initialState;
      // A card out of the page (Lit still updates it) loads once it is back (`connectedCallback`).
      if (!this.isConnected) return (this.abortedByDisconnect = true), initialState;
      // A new load (a reload among them) asks again for sentences that could not be downloaded;
      // the card a reload keeps is set after this (`reload`), so a load for another request has none.
      this.partial = this.missing = this.kept = undefined;
      const far = this.loading === 'eager' ? undefined : nearViewport(this, signal);
      // Waiting to come near, unless the page sets `loading="eager"` meanwhile (`willUpdate`).
      if (far) await Promise.race([far, new Promise<void>((now) => (this.loadNow = now))]);
      // The chart and the card view download while the data does; the task
      // ends when the card can actually be shown, so `contrib-load` and
      // `contrib-error` fire on a rendered card.
      const locale = matchLocale(closestLang(this));
      // The data's request leaves first: the view has been on its way since the card connected,
      // and asking for the messages (a module import, 1–10 ms on a cold page) held it back.
      const card = loadCard(req, signal, (p) => (this.partial = p));
      // The view (with the chart) and the messages download in parallel with the data.
      const view = Promise.all([loadView(), loadMessages(locale)]);
      try {
        // Both awaited at once: a view that fails first is handled (no unhandled rejection while
        // the data is on its way) and fails the load without waiting for the data.
        const [data, [v]] = await Promise.all([card, view]);
        // A card with notices shows sentences of the sometimes-loaded catalogue.
        if (data.notices?.length) await v.loadMore(locale).catch(() => undefined);
        this.useView(v);
        this.partial = undefined;
        return data;
      } catch (e) {
        const [v] = await view.catch(() => ((this.missing = locale), []));
        // The failure states' sentences, before the card says what went wrong.
        await v?.loadMore(locale).catch(() => (this.missing = locale));
        this.useView(v);
        throw e;
      }
    },
    args: () => [
      {
        user: this.user,
        src: this.src,
        project: this.project,
        githubApi: this.githubApi,
        devstatsApi: this.devstatsApi,
        rawBase: this.rawBase,
        contribcardBase: this.contribcardBase,
        rolesSrc: this.rolesSrc,
        cacheTtl: this.cacheTtl,
      },
    ],
    argsEqual: ([a], [b]) => JSON.stringify(a) === JSON.stringify(b),
    // Both events fire once the card shows the outcome (see `updated`): a listener
    // finds the card drawn, not the skeleton the task's completion has yet to replace.
    onComplete: (data) => {
      this.kept = undefined;
      this.settled = () => this.emit('contrib-load', data);
    },
    // An aborted load keeps its kept card: a card moved in the DOM loads again (`connectedCallback`).
    onError: (e) => {
      const err = toLoadError(e, 'card');
      if (err.reason !== 'aborted') this.kept = undefined;
      this.settled = err.reason === 'aborted' ? undefined : () => this.emit('contrib-error', { reason: err.reason, source: err.source, message: err.message });
    },
  });

  constructor() {
    super();
    this.theme = 'auto';
    this.share = false;
    this.loading = 'lazy';
    this.variant = 'full';
    this.hasSlottedRoles = false;
    this.lang_ = 'en';
    this.dir_ = 'ltr';
  }

  /** The loaded card model, or undefined while loading or after a failure. */
  get cardData(): CardData | undefined {
    return this.data.status === TaskStatus.COMPLETE ? this.data.value : undefined;
  }

  /**
   * Loads the data again (the retry button calls this); fresh cached answers
   * are reused. A loaded card stays shown, marked busy, until the new one is
   * ready.
   */
  reload(): void {
    // The card a reload still loading keeps counts as shown.
    const shown = this.cardData ?? this.kept;
    // The task starts in this call (and forgets any kept card): keep this one after it.
    void this.data.run();
    this.kept = shown;
  }

  override connectedCallback(): void {
    // Connecting is part of the render turn: a page's cards all connect in the task that defines the element.
    void renderTurn();
    super.connectedCallback();
    // A failed download is the load's to report: it asks for the view again, and fails with it.
    if (!this.view) loadView().then((v) => this.useView(v), () => undefined);
    if (this.user && !this.src) preloadLive();
    const follow = (settled?: SupportedLocale) => {
      const lang = matchLocale(closestLang(this));
      // A new language shows once its sentences are in. Until then the card keeps speaking the
      // one it does, and nothing in it is replaced: no skeleton, and a reader's focus stays put.
      // Once its download settles, `follow` looks again: the same language still asked for is
      // shown, loaded or failed (the render says so), and once only, so a load that fulfils with
      // no sentences cannot loop; a language asked for since waits for its own download, which
      // an earlier one's failure does not cut short.
      if (this.hasUpdated && !messagesFor(lang) && settled !== lang) return void loadMessages(lang).then(() => follow(lang), () => follow(lang));
      this.lang_ = lang;
      this.dir_ = closestDir(this, lang);
    };
    this.unwatchLang = watchLang(this, follow);
    follow();
    // A card moved in the DOM was aborted on disconnect: load again.
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      this.reload();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchLang?.();
    // A card moved in the DOM (out and back in, in one task: a list reordered, a framework
    // re-parenting it) goes on loading: its requests are not abandoned and sent again.
    queueMicrotask(() => {
      if (!this.isConnected && this.data.status === TaskStatus.PENDING) {
        this.abortedByDisconnect = true;
        this.data.abort();
      }
    });
  }

  /** Waits for the page's next render turn when this task's card updates have run long (`render-turns.ts`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const wait = renderTurn();
    return wait ? wait.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Blank is unset: `user="  "` asks for a user (not "“” is not a valid login"), and
    // `src="  "` does not fetch the page itself (a URL of only spaces is the page's).
    this.user = this.user?.trim();
    this.src = this.src?.trim();
    if (this.loading === 'eager') this.loadNow?.();
    if (changed.has('theme') && !['auto', 'light', 'dark'].includes(this.theme)) this.theme = 'auto';
    if (changed.has('variant')) {
      if (!['full', 'compact', 'inline'].includes(this.variant)) this.variant = 'full';
      this.variantModule = undefined;
      const load = this.variant === 'compact' ? loadCompact() : this.variant === 'inline' ? loadInline() : undefined;
      const wanted = this.variant;
      load?.then(
        (m) => this.variant === wanted && (this.variantModule = m),
        // Without its chunk the card says it could not load (`null`; the full card needs none).
        () => this.variant === wanted && (this.variantModule = null),
      );
    }
    if ((changed.has('share') && this.share) || (changed.has('variant') && this.variant === 'inline')) {
      // The menu's words and the chip's hint are in the sometimes-loaded catalogue.
      loadView().then(
        (v) => v.loadMore(matchLocale(this.lang_)).then(() => this.requestUpdate()),
        () => undefined,
      );
    }
    if (changed.has('share') && this.share && !this.shareModule) {
      loadShare().then(
        (m) => (this.shareModule = m),
        // Without its chunk the card simply has no menu.
        () => undefined,
      );
    }
    this.adoptExtraStyles();
  }

  protected override updated(): void {
    // A variant's card or failure is shown once its code has arrived: until then, its skeleton is.
    if (this.variant !== 'full' && this.variantModule === undefined && this.data.status > TaskStatus.PENDING) return;
    const fire = this.settled;
    this.settled = undefined;
    fire?.();
  }

  /** Takes the loaded card view into use (its styles come with the first update that shows it). */
  private useView(view: CardView | undefined) {
    if (!view || view === this.view) return;
    this.view = view;
    this.chart ??= new view.SparklineController(this);
    new view.OffScreenController(this);
    if (this.partial || this.data.status > TaskStatus.PENDING) this.requestUpdate();
  }

  /**
   * Adopts the first-paint styles plus those of the loaded chunks this
   * update shows (view, share menu, variant), when they change. The view's
   * only once the card shows more than its skeleton: adopted while it still
   * shows the skeleton, they made the browser restyle it for nothing, ~70 ms
   * for a page of 100 cards in the benchmark's trace.
   */
  private adoptExtraStyles() {
    const extra: CSSResult[] = [];
    if (this.view && (this.partial || this.data.status > TaskStatus.PENDING)) extra.push(this.view.viewStyles);
    if (this.shareModule) extra.push(this.shareModule.shareStyles);
    if (this.variantModule) extra.push(this.variantModule.variantStyles);
    if (extra.length === this.adopted.length && extra.every((s, i) => s === this.adopted[i])) return;
    this.adopted = extra;
    // Constructable stylesheets: allowed under a strict CSP, unlike <style> or style="". (Only ever
    // reached in a browser: on a server no chunk has loaded, and the early return above is taken.)
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof LitElement).elementStyles, ...extra]);
  }

  private emit<K extends keyof ContribCardEventMap>(type: K, detail: ContribCardEventMap[K]['detail']) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private onRoleSlotChange = (e: Event) => {
    this.hasSlottedRoles = (e.target as HTMLSlotElement).assignedElements().length > 0;
  };

  // Written out: inferred, the declaration named `lit-html`, which a consumer need not have.
  protected override render(): TemplateResult {
    const locale = matchLocale(this.lang_);
    const view = this.view;
    const ctx = view?.contextFor(locale, Date.now());
    const msg = messagesFor(locale);
    // This language's sentences could not be downloaded: not asked for again by every render (a
    // request per round trip for as long as the chunk fails), only by a reload's load.
    const lost = this.missing === locale;
    // Sentences asked for by the render: shown once they arrive, or the card says they will not.
    const ask = (sentences: Promise<unknown>) => sentences.catch(() => (this.missing = locale)).then(() => this.requestUpdate());
    // The page's language is not loaded yet: a first card (a language change waits for its
    // sentences, `follow`), or one whose download failed, asked for once more here.
    if (!msg && !lost) ask(loadMessages(locale));
    // Nor its sometimes-shown sentences, which a failure, a notice, the share menu or the chip needs.
    const needsMore =
      this.data.status === TaskStatus.ERROR || this.cardData?.notices?.length || this.share || this.variant === 'inline';
    if (view && ctx && !ctx.more && needsMore && !lost) ask(view.loadMore(locale));
    const variant = this.variant;
    const skeleton = () => renderSkeleton(msg?.loading, variant);
    // Sentences on their way (after a language change, a failure's rarer ones), or not coming.
    const waiting = () => (lost ? renderUnavailable(msg?.unavailable) : skeleton());
    const host = { chart: this.chart!, hasSlottedRoles: this.hasSlottedRoles, onRoleSlotChange: this.onRoleSlotChange };
    // The share menu, when `share` is set and its chunk has arrived.
    const share = (data: CardData) => this.shareModule?.renderShareOf(this, data, ctx!);
    const full = (data: CardData) => html`${view!.renderCard(data, ctx!, host)}${share(data)}`;
    // Through the variant's module: the skeleton while it downloads, a sentence if it cannot.
    const inVariant = (f: (m: CompactModule | InlineModule) => unknown) => {
      const m = this.variantModule;
      return m ? f(m) : m === null ? renderUnavailable(msg?.unavailable) : skeleton();
    };
    const loaded = (data: CardData) =>
      !view || !ctx || !this.chart
        ? waiting()
        : variant === 'full'
          ? full(data)
          : inVariant((m) => m.renderVariant(data, ctx, this, this.chart!, () => full(data), share(data)));
    const body = this.data.render({
      initial: () => (this.user || this.src ? skeleton() : renderNoUser(msg?.noUser)),
      // A live card shows what has arrived; regions still awaited keep their placeholders.
      pending: () =>
        this.kept
          ? loaded(this.kept)
          : variant === 'full' && this.partial && view && ctx && this.chart
            ? view.renderCard(this.partial.data, ctx, host, this.partial.pending)
            : skeleton(),
      complete: loaded,
      error: (e) => {
        const err = toLoadError(e, 'card');
        if (err.reason === 'aborted') return skeleton();
        // The card view could not be downloaded (the load waited for it): the entry's own sentence.
        if (!view) return renderUnavailable(msg?.unavailable);
        // Nor the language or its failure sentences (the load waited for them), or, after a
        // language change, the new ones are on their way.
        if (!ctx?.more) return waiting();
        const login = this.src ? undefined : this.user;
        const more = { ...ctx, more: ctx.more };
        const failure = () => view.renderFailure(err, login, more, this);
        // A chip keeps the reader's sentence whole: the failure's sentence and retry are in its popover.
        return variant === 'full' ? failure() : inVariant((m) => m.renderFailure(login, more, this, failure));
      },
    });
    const busy = String(this.data.status === TaskStatus.PENDING);
    // The chip sits in a line of text: no card box around it (its popover has one).
    return variant === 'inline'
      ? html`<span class="inline-root" part="card" lang=${locale} dir=${this.dir_} aria-busy=${busy}>${body}</span>`
      : html`<article class="card ${variant}" part="card" lang=${locale} dir=${this.dir_} aria-busy=${busy}>${body}</article>`;
  }
}
