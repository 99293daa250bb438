/**
 * A recording stand-in for the `electron` module, for the bundle smoke test
 * (electron/main/bundle.test.ts): enough of Electron's main-process API for dist/electron/main.js
 * to start, recording what it registered. When the process has nothing left to do, the record is
 * printed as one JSON line.
 */
import { Buffer } from 'node:buffer';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';

const record = {
  privilegedSchemes: [],
  handledProtocols: [],
  ipcChannels: [],
  appEvents: [],
  windows: [],
  menu: [],
  tray: null,
  singleInstanceLock: false,
  permissionHandlers: 0,
};

class StubApp extends EventEmitter {
  isPackaged = false;
  #paths = { temp: tmpdir(), userData: path.join(tmpdir(), 'fieldcase-bundle-smoke') };
  #ready = false;
  getPath(name) {
    return this.#paths[name] ?? tmpdir();
  }
  setPath(name, value) {
    this.#paths[name] = value;
  }
  getName() {
    return 'Fieldcase';
  }
  getVersion() {
    return '0.0.0-smoke';
  }
  isReady() {
    return this.#ready;
  }
  whenReady() {
    this.#ready = true;
    return Promise.resolve();
  }
  requestSingleInstanceLock() {
    record.singleInstanceLock = true;
    return true;
  }
  isDefaultProtocolClient() {
    return false;
  }
  setAsDefaultProtocolClient() {
    return true;
  }
  setAppUserModelId() {}
  on(event, listener) {
    record.appEvents.push(event);
    return super.on(event, listener);
  }
  quit() {}
  exit() {}
}

export const app = new StubApp();

class StubContents extends EventEmitter {
  static nextId = 1;
  id = StubContents.nextId++;
  isDestroyed() {
    return false;
  }
  send() {}
  reload() {}
  setWindowOpenHandler() {}
}

export class BrowserWindow extends EventEmitter {
  static all = [];
  static getAllWindows() {
    return BrowserWindow.all;
  }
  static getFocusedWindow() {
    return null;
  }
  static fromWebContents(contents) {
    return BrowserWindow.all.find((window) => window.webContents === contents) ?? null;
  }
  webContents = new StubContents();
  constructor(options) {
    super();
    this.options = options;
    this.entry = { options, url: null };
    record.windows.push(this.entry);
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    this.entry.url = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  isFocused() {
    return false;
  }
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: this.options.width, height: this.options.height };
  }
  show() {}
  focus() {}
  restore() {}
  maximize() {}
}

export const ipcMain = {
  handle(channel) {
    record.ipcChannels.push(channel);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    record.privilegedSchemes.push(...schemes);
  },
  handle(scheme) {
    record.handledProtocols.push(scheme);
  },
};

const stubSession = {
  setPermissionRequestHandler() {
    record.permissionHandlers += 1;
  },
  setPermissionCheckHandler() {
    record.permissionHandlers += 1;
  },
};
export const session = { defaultSession: stubSession };

export const shell = { openExternal: async () => {}, openPath: async () => '' };
export const safeStorage = {
  isEncryptionAvailable: () => false,
  encryptString: () => Buffer.alloc(0),
  decryptString: () => '',
};
export const powerMonitor = new EventEmitter();
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export const dialog = { showMessageBox: async () => ({ response: 1 }) };
export const nativeImage = { createFromPath: (file) => ({ file }) };

function labels(template) {
  return template.flatMap((item) => [item.label ?? item.role ?? item.type, ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]);
}

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu(menu) {
    record.menu = labels(menu.template);
  },
};

export class Tray {
  constructor(image) {
    record.tray = { image: image.file, tooltip: '' };
  }
  setImage(image) {
    record.tray.image = image.file;
  }
  setToolTip(tooltip) {
    record.tray.tooltip = tooltip;
  }
  setContextMenu() {}
  on() {}
  destroy() {}
}

export class Notification extends EventEmitter {
  static isSupported() {
    return false;
  }
  show() {}
}

const stub = {
  app, BrowserWindow, ipcMain, protocol, session, shell, safeStorage, powerMonitor, screen, dialog, nativeImage, Menu, Tray, Notification,
};
export default stub;

process.once('beforeExit', () => {
  process.stdout.write(`ELECTRON_STUB_RECORD ${JSON.stringify(record)}\n`);
});
