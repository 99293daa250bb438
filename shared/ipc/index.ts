export { FIELDCASE_API_KEY, type FieldcaseApi, type Unsubscribe } from './api.ts';
export {
  ipcChannels,
  ipcEvents,
  validateNoPayload,
  validateOpenExternalPayload,
  validateResumedEvent,
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
