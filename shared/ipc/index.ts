export { FIELDCASE_API_KEY, TALK_TRACK_API_KEY, type FieldcaseApi, type TalkTrackApi, type Unsubscribe } from './api.ts';
export {
  DOCUMENT_ROUTES,
  SCREEN_ROUTES,
  documentPath,
  isDocumentId,
  isDocumentRoute,
  validateAppCommand,
  validateCommandPath,
  type AppCommand,
  type AppCommandKind,
  type DocumentRoute,
} from './commands.ts';
export {
  MAX_FILE_NAME_LENGTH,
  MAX_OPEN_FILE_BYTES,
  OPENABLE_EXTENSIONS,
  extensionOf,
  toSafeFileName,
  validateOpenFilePayload,
  validateOpenableFileName,
  type OpenFilePayload,
} from './files.ts';
export {
  MAX_FAILURE_LENGTH,
  SYNC_SUMMARY_PHASES,
  validateSyncSummary,
  type SyncSummary,
  type SyncSummaryPhase,
} from './sync-summary.ts';
export {
  ipcChannels,
  ipcEvents,
  validateAlwaysOnTopPayload,
  validateNoPayload,
  validateOpenExternalPayload,
  validateResumedEvent,
  type AlwaysOnTopPayload,
  type AppInfo,
  type ChannelDef,
  type ChannelPayload,
  type ChannelResult,
  type EventDef,
  type EventPayload,
  type IpcChannel,
  type IpcEvent,
  type IpcEventTypes,
  type IpcChannelTypes,
  type OpenExternalPayload,
  type ResumedEvent,
  type WindowRole,
} from './contract.ts';
export {
  SESSION_LIMITS,
  validateServerUrl,
  validateSessionToken,
  validateStoredSession,
  validateStoredSessionUser,
  type LoadedSession,
  type SavedSession,
  type SessionPersistence,
  type StoredSession,
  type StoredSessionUser,
} from './session.ts';
export { ipcFail, ipcOk, type IpcError, type IpcErrorCode, type IpcResult } from './result.ts';
export { MAX_EXTERNAL_URL_LENGTH, validateExternalUrl } from './url.ts';
export {
  hasControlCharacter,
  hasExactKeys,
  invalid,
  isPlainObject,
  valid,
  type Validation,
  type Validator,
} from './validate.ts';
