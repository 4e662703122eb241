// WebKit (the Safari engine) for @web/test-runner: Debian's WebKitGTK driven by
// its WebDriver server, WebKitWebDriver (package webkit2gtk-driver), which
// starts WebKitGTK's MiniBrowser. It speaks classic W3C WebDriver, plain JSON
// over HTTP, so this launcher talks to it with Node's fetch: no webdriverio
// (whose tree brings geckodriver, edgedriver and a browser downloader).
//
// MiniBrowser has no headless mode: it needs an X display. Without DISPLAY
// the launcher starts its own Xvfb on a free display (`-displayfd`); with one
// (`xvfb-run`, or a desktop) it uses it.
//
// The launcher's type is `webdriver`, so @web/test-runner-commands' `sendKeys`
// reaches `sendKeys()` below, and `sendMouse` / `resetMouse` the pointer methods.
// Classic WebDriver cannot emulate media features:
// `emulateMedia` fails in WebKit with "not supported for browser type webdriver".
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

/** Key names (as `sendKeys` takes them, like puppeteer's) → WebDriver key codes. */
const KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017', Meta: '\uE03D',
};
/** `sendMouse` button names → WebDriver pointer buttons. */
const MOUSE_BUTTONS = { left: 0, middle: 1, right: 2 };
/**
 * A pointer move to viewport coordinates, over 100 ms as a hand moves: WebKitGTK fires no
 * pointerout / pointerleave on the element a 0 ms move leaves (it then fires pointerenter
 * on <html> as if the pointer came from outside the window), so a popover that closes on
 * leave would never close.
 */
const moveTo = (x, y) => ({ type: 'pointerMove', duration: 100, origin: 'viewport', x: Math.round(x), y: Math.round(y) });
const keyCode = (name) => KEYS[name] ?? (name.length === 1 ? name : undefined);

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts Xvfb on a display it picks itself; resolves with `{ display, process }`. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    xvfb.stderr.on('data', (d) => (err += d));
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, process: xvfb });
    });
    xvfb.on('error', (e) => reject(new Error(`WebKit needs an X display: no DISPLAY and Xvfb did not start (${e.message}). Install xvfb or run under xvfb-run.`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err}`)));
  });
}

export class WebKitLauncher {
  name = 'WebKit';
  type = 'webdriver';

  /** @param {{ args?: string[], capabilities?: object, viewport?: { width: number, height: number } }} options */
  constructor(options = {}) {
    this.options = options;
    this.urls = new Map();
  }

  initialize(config) {
    this.config = config;
  }

  /** One WebDriver command; throws WebDriver's error with its message. */
  async command(method, path, body) {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value?.error ?? res.status}: ${json.value?.message ?? ''}`);
    return json.value;
  }

  session(path, method = 'GET', body) {
    return this.command(method, `/session/${this.sessionId}${path}`, body);
  }

  async start() {
    const env = { ...process.env };
    if (!env.DISPLAY) {
      this.xvfb = await startXvfb();
      env.DISPLAY = this.xvfb.display;
    }
    // A throwaway home for WebKit's caches and settings, not the user's.
    this.home = mkdtempSync(path.join(tmpdir(), 'wtr-webkit-'));
    env.XDG_CACHE_HOME = path.join(this.home, 'cache');
    env.XDG_DATA_HOME = path.join(this.home, 'data');
    env.XDG_CONFIG_HOME = path.join(this.home, 'config');
    const port = await freePort();
    this.driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    // However the test runner ends, its driver (and so MiniBrowser) and X server end with it.
    process.once('exit', () => {
      this.driver?.kill();
      this.xvfb?.process.kill();
    });
    let driverErr = '';
    this.driver.stderr.on('data', (d) => (driverErr = (driverErr + d).slice(-4000)));
    const exited = new Promise((_, reject) => this.driver.on('exit', (code) => reject(new Error(`WebKitWebDriver exited (${code}): ${driverErr}`))));
    exited.catch(() => {});
    this.base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        if ((await this.command('GET', '/status')).ready) break;
      } catch (e) {
        if (i > 100) throw e;
      }
      await Promise.race([sleep(100), exited]);
    }
    const { sessionId } = await Promise.race([
      this.command('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            pageLoadStrategy: 'normal',
            'webkitgtk:browserOptions': { args: ['--automation', ...(this.options.args ?? [])] },
            ...this.options.capabilities,
          },
        },
      }),
      exited,
    ]);
    this.sessionId = sessionId;
    // The page area Chromium and Firefox get from @web/test-runner-chrome: 800 × 600.
    const { width, height } = this.options.viewport ?? { width: 800, height: 600 };
    const inner = await this.session('/execute/sync', 'POST', { script: 'return [window.innerWidth, window.innerHeight, window.outerWidth, window.outerHeight]', args: [] });
    await this.session('/window/rect', 'POST', { width: width + inner[2] - inner[0], height: height + inner[3] - inner[1], x: 0, y: 0 });
  }

  ensureStarted() {
    this.starting ??= this.start();
    return this.starting;
  }

  async stop() {
    if (this.sessionId) await this.session('', 'DELETE').catch(() => {});
    this.sessionId = undefined;
    this.driver?.kill();
    this.xvfb?.process.kill();
    if (this.home) rmSync(this.home, { recursive: true, force: true });
  }

  async startSession(id, url) {
    await this.ensureStarted();
    this.urls.set(id, url);
    await this.session('/url', 'POST', { url });
  }

  isActive(id) {
    return this.urls.has(id);
  }

  getBrowserUrl(id) {
    return this.urls.get(id);
  }

  async stopSession(id) {
    // Navigate away: stops the page's timers and anything it left running.
    await this.session('/url', 'POST', { url: 'about:blank' });
    this.urls.delete(id);
    return {};
  }

  startDebugSession() {
    throw new Error('The WebKit launcher has no debug mode: run MiniBrowser on a display instead.');
  }

  /** `sendKeys({ press })` / `sendKeys({ type })`: each entry a key name (`Tab`, `Shift+Tab`) or one character. */
  async sendKeys(_id, keys) {
    const actions = [];
    for (const entry of keys) {
      const parts = entry.length > 1 ? entry.split('+') : [entry];
      const codes = parts.map((p) => {
        const c = keyCode(p);
        if (c === undefined) throw new Error(`WebKit launcher: unknown key ${p}`);
        return c;
      });
      for (const c of codes) actions.push({ type: 'keyDown', value: c });
      for (const c of codes.reverse()) actions.push({ type: 'keyUp', value: c });
    }
    await this.session('/actions', 'POST', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.session('/actions', 'DELETE');
  }

  /**
   * `sendMouse` (@web/test-runner-commands calls these for a `webdriver` launcher): W3C
   * pointer actions, positions in CSS pixels of the page's viewport. The pointer's
   * position and pressed buttons are kept by the driver between calls, as in a browser.
   */
  async pointer(actions) {
    await this.session('/actions', 'POST', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }] });
  }

  sendMouseMove(_id, x, y) {
    return this.pointer([moveTo(x, y)]);
  }

  sendMouseClick(_id, x, y, button = 'left') {
    const b = MOUSE_BUTTONS[button];
    return this.pointer([
      moveTo(x, y),
      { type: 'pointerDown', button: b },
      { type: 'pointerUp', button: b },
    ]);
  }

  sendMouseDown(_id, button = 'left') {
    return this.pointer([{ type: 'pointerDown', button: MOUSE_BUTTONS[button] }]);
  }

  sendMouseUp(_id, button = 'left') {
    return this.pointer([{ type: 'pointerUp', button: MOUSE_BUTTONS[button] }]);
  }

  /**
   * `resetMouse()`: releases every button and puts the pointer at the top left corner.
   * Releasing a button that is not down dispatches nothing (WebDriver, "dispatch a
   * pointerUp action").
   */
  resetMouse() {
    return this.pointer([
      ...Object.values(MOUSE_BUTTONS).map((button) => ({ type: 'pointerUp', button })),
      moveTo(0, 0),
    ]);
  }

  takeScreenshot() {
    throw new Error('The WebKit launcher takes no screenshots: visual baselines are Chromium\'s.');
  }
}

export const webkitLauncher = (options) => new WebKitLauncher(options);
